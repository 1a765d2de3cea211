package dev.jtauri.webview.jcef;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsStringTests {

    @Test
    void plainTextIsOnlyQuoted() {
        assertThat(quoted("")).isEqualTo("\"\"");
        assertThat(quoted("[1,2]")).isEqualTo("\"[1,2]\"");
    }

    @Test
    void quotesBackslashesControlCharactersAndLineTerminatorsAreEscaped() {
        assertThat(quoted("{\"a\":\"b\\\"c\"}")).isEqualTo("\"{\\\"a\\\":\\\"b\\\\\\\"c\\\"}\"");
        assertThat(quoted("a\nb\u0000c\u001fd")).isEqualTo("\"a\\u000ab\\u0000c\\u001fd\"");
        assertThat(quoted("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
        assertThat(quoted("é€😀")).isEqualTo("\"é€😀\"");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        JsString.appendQuoted(out, text);
        return out.toString();
    }
}
