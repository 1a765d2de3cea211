package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlInjectionTests {

    private static final String TAG = "<script src=\"/__jtauri/bridge.js?n=N1\"></script>";

    @Test
    void theBridgeComesFirstInTheHead() {
        assertThat(inject("<!doctype html><html lang=\"en\"><HEAD data-x=\"1\"><script>page()</script></head></html>"))
            .isEqualTo("<!doctype html><html lang=\"en\"><HEAD data-x=\"1\">" + TAG + "<script>page()</script></head></html>");
    }

    @Test
    void aHeaderElementIsNotTheHead() {
        assertThat(inject("<html><body><header>x</header></body></html>"))
            .isEqualTo("<html>" + TAG + "<body><header>x</header></body></html>");
    }

    @Test
    void withoutHtmlOrHeadItGoesAfterTheDoctypeOrFirst() {
        assertThat(inject("<!DOCTYPE html><p>hi")).isEqualTo("<!DOCTYPE html>" + TAG + "<p>hi");
        assertThat(inject("<p>hi")).isEqualTo(TAG + "<p>hi");
    }

    @Test
    void aNonceWorksOnceAndOnlyIfIssued() {
        SingleUseTokens<Boolean> nonces = new SingleUseTokens<>();
        String nonce = nonces.issue(Boolean.TRUE);
        assertThat(nonces.redeem("made-up")).isNull();
        assertThat(nonces.redeem(null)).isNull();
        assertThat(nonces.redeem(nonce)).isTrue();
        assertThat(nonces.redeem(nonce)).isNull();
    }

    @Test
    void nonAsciiTextSurvives() {
        assertThat(inject("<head></head><p>Zoë ✓")).endsWith("<p>Zoë ✓");
    }

    private static String inject(String html) {
        return new String(HtmlInjection.inject(html.getBytes(StandardCharsets.UTF_8), "N1"), StandardCharsets.UTF_8);
    }
}
