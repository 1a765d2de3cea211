package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
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
    void theBridgesTokenWorksOnceAndOnlyIfIssued() {
        SingleUseTokens<Boolean> tokens = new SingleUseTokens<>();
        String token = tokens.issue(Boolean.TRUE);
        assertThat(tokens.redeem("made-up")).isNull();
        assertThat(tokens.redeem(null)).isNull();
        assertThat(tokens.redeem(token)).isTrue();
        assertThat(tokens.redeem(token)).isNull();
    }

    @Test
    void nonAsciiTextSurvives() {
        assertThat(inject("<head></head><p>Zoë ✓")).endsWith("<p>Zoë ✓");
    }

    @Test
    void underAPolicyTheBridgeAndThePagesScriptsAndStylesGetTheNonce() {
        assertThat(inject("<html><head><script type=\"module\" src=\"/app.js\"></script><style>p{}</style>"
                + "<link rel=stylesheet href=a.css></head><body><script>go()</script></body></html>", "S", "T"))
            .isEqualTo("<html><head><script nonce=\"S\" src=\"/__jtauri/bridge.js?n=N1\"></script>"
                    + "<script nonce=\"S\" type=\"module\" src=\"/app.js\"></script><style nonce=\"T\">p{}</style>"
                    + "<link rel=stylesheet href=a.css></head><body><script nonce=\"S\">go()</script></body></html>");
    }

    @Test
    void aTagWithANonceKeepsIt() {
        assertThat(inject("<head><SCRIPT NONCE='mine' src=x></SCRIPT><style nonce=own>p{}</style>", "S", "S"))
            .endsWith("<SCRIPT NONCE='mine' src=x></SCRIPT><style nonce=own>p{}</style>");
    }

    @Test
    void onlyTheKindsOfTagsTheirDirectiveNoncesGetIt() {
        assertThat(inject("<head><script>a()</script><style>p{}</style>", null, "T"))
            .isEqualTo("<head>" + TAG + "<script>a()</script><style nonce=\"T\">p{}</style>");
        assertThat(inject("<head><script>a()</script><style>p{}</style>", "S", null))
            .endsWith("<script nonce=\"S\">a()</script><style>p{}</style>");
    }

    @Test
    void tagsInsideScriptsTextCommentsAndAttributeValuesAreNotTags() {
        String page = "<head><script>const s = '<script>' + \"<style>\"; // </scripts> too\n</script >"
                + "<!-- <script>old()</script> --><textarea><script></textarea>"
                + "<div title=\"<script>\" data-x='>'><p>x</p></div><script/>later()</script>";
        assertThat(inject(page, "S", "S")).isEqualTo("<head><script nonce=\"S\" src=\"/__jtauri/bridge.js?n=N1\">"
                + "</script><script nonce=\"S\">const s = '<script>' + \"<style>\"; // </scripts> too\n</script >"
                + "<!-- <script>old()</script> --><textarea><script></textarea>"
                + "<div title=\"<script>\" data-x='>'><p>x</p></div><script nonce=\"S\"/>later()</script>");
    }

    @Test
    void anAttributeNamedLikeNonceIsNotANonce() {
        assertThat(inject("<head><script data-nonce=\"x\" nonced>go()</script>", "S", null))
            .endsWith("<script nonce=\"S\" data-nonce=\"x\" nonced>go()</script>");
    }

    @Test
    void aDocumentThatEndsInsideATagIsLeftThere() {
        assertThat(inject("<head><script>go()</script><script src=\"x", "S", null))
            .endsWith("<script nonce=\"S\">go()</script><script src=\"x");
    }

    private static String inject(String html) {
        return new String(HtmlInjection.inject(html.getBytes(StandardCharsets.UTF_8), "N1"), StandardCharsets.UTF_8);
    }

    private static String inject(String html, @Nullable String scriptNonce, @Nullable String styleNonce) {
        return new String(HtmlInjection.inject(html.getBytes(StandardCharsets.UTF_8), "N1", scriptNonce, styleNonce),
                StandardCharsets.UTF_8);
    }
}
