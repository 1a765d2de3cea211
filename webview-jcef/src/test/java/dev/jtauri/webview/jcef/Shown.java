package dev.jtauri.webview.jcef;

/**
 * Text from a fuzzed request or answer as a failure message shows it: control characters,
 * separators and surrogates as escapes, long text cut.
 */
final class Shown {

    private static final int MAX = 240;

    private Shown() {
    }

    static String of(String text) {
        StringBuilder shown = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), MAX); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c > 0xfffd) {
                shown.append(String.format("\\u%04x", (int) c));
            }
            else {
                shown.append(c);
            }
        }
        shown.append('"');
        if (text.length() > MAX) {
            shown.append("... (").append(text.length()).append(" characters)");
        }
        return shown.toString();
    }
}
