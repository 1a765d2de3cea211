package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Puts the bridge's {@code <script>} first in an HTML document, so it runs before any script of
 * the page: a classic, parser-blocking script at the start of {@code <head>} runs before every
 * later script, modules included. Being same-origin and external, it passes a
 * {@code script-src 'self'} Content Security Policy. Its URL carries a one-time token that proves
 * the document was served by jtauri.
 *
 * <p>Under an app's policy it also gives the page's own {@code <script>} and {@code <style>}
 * tags, and the bridge's, the page's CSP nonce ({@link CspHeaders}), as Tauri's asset CSP
 * modification does: the tags the app's HTML holds are the app's, and a script or style a page
 * adds later, without the nonce, is refused. A tag that has a nonce keeps it. The document is read
 * as the browser tokenizes it, closely enough to find tags: comments, and the text of elements
 * whose content is not markup ({@code <script>}, {@code <style>}, {@code <textarea>}, ...), are
 * passed over, so a {@code "<script>"} inside a script's string stays as it is.
 */
final class HtmlInjection {

    static final String BRIDGE_PATH = "/__jtauri/bridge.js";

    // Elements whose text the browser does not read as markup, up to their end tag.
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript");

    private HtmlInjection() {
    }

    /**
     * The document with the bridge's script added, without nonces.
     * @param html the document as bytes, UTF-8
     * @param token the one-time token the bridge is asked for with
     * @return the new document
     */
    static byte[] inject(byte[] html, String token) {
        return inject(html, token, null, null);
    }

    /**
     * The document with the bridge's script added and nonces given.
     * @param html the document as bytes, UTF-8
     * @param token the one-time token the bridge is asked for with
     * @param scriptNonce the nonce of the page's scripts and the bridge's, or {@code null} for none
     * @param styleNonce the nonce of the page's style elements, or {@code null} for none
     * @return the new document
     */
    static byte[] inject(byte[] html, String token, @Nullable String scriptNonce, @Nullable String styleNonce) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = insertionPoint(text);
        String nonce = (scriptNonce != null) ? " nonce=\"" + scriptNonce + "\"" : "";
        String tag = "<script" + nonce + " src=\"" + BRIDGE_PATH + "?n=" + token + "\"></script>";
        String page = text.substring(0, at) + tag + text.substring(at);
        if (scriptNonce != null || styleNonce != null) {
            page = withNonces(page, scriptNonce, styleNonce);
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static int insertionPoint(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String tag : new String[] { "<head", "<html", "<!doctype" }) {
            int start = indexOfTag(lower, tag);
            if (start >= 0) {
                int end = lower.indexOf('>', start);
                if (end >= 0) {
                    return end + 1;
                }
            }
        }
        return 0;
    }

    private static int indexOfTag(String lower, String tag) {
        int from = 0;
        while (true) {
            int at = lower.indexOf(tag, from);
            if (at < 0) {
                return -1;
            }
            int next = at + tag.length();
            // "<header" is not "<head".
            if (next >= lower.length() || !Character.isLetterOrDigit(lower.charAt(next))) {
                return at;
            }
            from = next;
        }
    }

    /** The page with the nonce added to each {@code <script>} or {@code <style>} tag without one. */
    private static String withNonces(String page, @Nullable String scriptNonce, @Nullable String styleNonce) {
        String lower = page.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(page.length() + 256);
        int copied = 0;
        int at = 0;
        while (true) {
            int open = page.indexOf('<', at);
            if (open < 0 || open + 1 >= page.length()) {
                break;
            }
            if (page.startsWith("<!--", open)) {
                int close = page.indexOf("-->", open + 4);
                at = (close < 0) ? page.length() : close + 3;
                continue;
            }
            if (!isAsciiLetter(page.charAt(open + 1))) {
                at = open + 1;
                continue;
            }
            int nameEnd = open + 1;
            while (nameEnd < page.length() && !isTagNameEnd(page.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = lower.substring(open + 1, nameEnd);
            Tag tag = readTag(page, nameEnd);
            if (tag == null) {
                break;
            }
            String nonce = name.equals("script") ? scriptNonce : name.equals("style") ? styleNonce : null;
            if (nonce != null && !tag.hasNonce()) {
                out.append(page, copied, nameEnd).append(" nonce=\"").append(nonce).append('"');
                copied = nameEnd;
            }
            at = tag.end() + 1;
            // Even as <script/>: the browser ignores the slash of an element that is not void.
            if (RAW_TEXT.contains(name)) {
                at = endOfRawText(lower, name, at);
            }
        }
        return out.append(page, copied, page.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isTagNameEnd(char c) {
        return Character.isWhitespace(c) || c == '/' || c == '>';
    }

    /** Where the text of a raw-text element ends: at its end tag. */
    private static int endOfRawText(String lower, String name, int from) {
        String end = "</" + name;
        int at = from;
        while (true) {
            int found = lower.indexOf(end, at);
            if (found < 0) {
                return lower.length();
            }
            int next = found + end.length();
            if (next >= lower.length() || isTagNameEnd(lower.charAt(next))) {
                return found;
            }
            at = next;
        }
    }

    /**
     * The attributes of a start tag from after its name: whether one is {@code nonce}, and where
     * the tag ends. Values in quotes may hold {@code >}.
     * @return the tag, or {@code null} when the document ends inside it
     */
    private static @Nullable Tag readTag(String page, int from) {
        boolean nonce = false;
        int at = from;
        int length = page.length();
        while (at < length) {
            char c = page.charAt(at);
            if (c == '>') {
                return new Tag(at, nonce);
            }
            if (Character.isWhitespace(c) || c == '/') {
                at++;
                continue;
            }
            int nameStart = at;
            // The first character may be '=', as the tokenizer reads it.
            at++;
            while (at < length && !isTagNameEnd(page.charAt(at)) && page.charAt(at) != '=') {
                at++;
            }
            nonce |= page.substring(nameStart, at).equalsIgnoreCase("nonce");
            while (at < length && Character.isWhitespace(page.charAt(at))) {
                at++;
            }
            if (at < length && page.charAt(at) == '=') {
                at++;
                while (at < length && Character.isWhitespace(page.charAt(at))) {
                    at++;
                }
                if (at < length && (page.charAt(at) == '"' || page.charAt(at) == '\'')) {
                    int close = page.indexOf(page.charAt(at), at + 1);
                    if (close < 0) {
                        return null;
                    }
                    at = close + 1;
                }
                else {
                    while (at < length && !Character.isWhitespace(page.charAt(at)) && page.charAt(at) != '>') {
                        at++;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A start tag as read.
     * @param end the index of its {@code >}
     * @param hasNonce whether it has a {@code nonce} attribute
     */
    private record Tag(int end, boolean hasNonce) {
    }
}
