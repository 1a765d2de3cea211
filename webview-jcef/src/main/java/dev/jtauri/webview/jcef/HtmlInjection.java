package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Puts the bridge's {@code <script>} first in an HTML document, so it runs before any script of
 * the page: a classic, parser-blocking script at the start of {@code <head>} runs before every
 * later script, modules included. Being same-origin and external, it also passes a
 * {@code script-src 'self'} Content Security Policy. Its URL carries a one-time nonce that proves
 * the document was served by jtauri.
 */
final class HtmlInjection {

    static final String BRIDGE_PATH = "/__jtauri/bridge.js";


    private HtmlInjection() {
    }

    /**
     * The document with the bridge's script added.
     * @param html the document as bytes, UTF-8
     * @param nonce the one-time nonce the bridge is asked for with
     * @return the new document
     */
    static byte[] inject(byte[] html, String nonce) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = insertionPoint(text);
        String tag = "<script src=\"" + BRIDGE_PATH + "?n=" + nonce + "\"></script>";
        return (text.substring(0, at) + tag + text.substring(at)).getBytes(StandardCharsets.UTF_8);
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
}
