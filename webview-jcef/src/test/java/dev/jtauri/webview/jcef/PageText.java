package dev.jtauri.webview.jcef;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a page sent, in every form it may come back in a rejection: as sent, with JSON's escapes
 * read, with its base64 fields and percent-encoding decoded. A rejection may quote the page's own
 * text; it is not one of Java's internals.
 */
final class PageText {

    private PageText() {
    }

    static String of(String sent) {
        StringBuilder text = new StringBuilder(sent).append('\n').append(unescaped(sent));
        for (String field : sent.split("[\u001d\u001e\u001f ]")) {
            String decoded = base64(field);
            if (decoded != null) {
                text.append('\n').append(decoded).append('\n').append(unescaped(decoded));
            }
            if (field.indexOf('%') >= 0) {
                String percent = percent(field);
                text.append('\n').append(percent).append('\n').append(unescaped(percent));
            }
        }
        return text.toString();
    }

    /** The text with JSON's escapes read, wherever they are. */
    private static String unescaped(String json) {
        StringBuilder text = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    if (i + 4 < json.length()) {
                        try {
                            text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        catch (NumberFormatException ex) {
                            text.append('u');
                        }
                    }
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    private static String base64(String field) {
        if (field.length() < 4) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String percent(String field) {
        try {
            return URLDecoder.decode(field, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return field;
        }
    }
}
