package dev.jtauri.webview.jcef;

/**
 * Text as a JavaScript string literal, for scripts run in the page: the page then parses JSON
 * with {@code JSON.parse}, never as code, so a key such as {@code __proto__} stays a key and
 * text that is not valid JSON fails alone rather than the whole script.
 */
final class JsString {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsString() {
    }

    /**
     * Append text in double quotes, with quotes, backslashes, control characters and the two
     * line terminators JavaScript knows beyond them escaped.
     * @param out where the literal goes
     * @param text the text
     */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(text, plain, i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                }
                else {
                    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                        .append(HEX[c & 0xf]);
                }
                plain = i + 1;
            }
        }
        out.append(text, plain, text.length()).append('"');
    }
}
