package dev.jtauri.webview.jcef;

import java.net.URI;
import java.util.List;
import java.util.Set;

import dev.jtauri.webview.ContentSecurityPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CspHeadersTests {

    private static final List<String> SELF = new AppOrigins(null).frameAncestors();

    @Test
    void withoutAPolicyEveryResponseMayBeFramedOnlyByTheAppAndNoTagGetsANonce() {
        CspHeaders headers = new CspHeaders(null, Set.of(), SELF);
        assertThat(headers.newNonce()).isNull();
        assertThat(headers.noncesScripts()).isFalse();
        assertThat(headers.noncesStyles()).isFalse();
        assertThat(headers.forPage(null)).isEqualTo("frame-ancestors 'self'");
        assertThat(headers.forResource()).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void theDevServersOriginMayFrameTheAppsPagesToo() {
        assertThat(new CspHeaders(null, Set.of(), new AppOrigins(URI.create("http://127.0.0.1:5173/")).frameAncestors())
            .forResource()).isEqualTo("frame-ancestors 'self' http://127.0.0.1:5173");
    }

    @Test
    void aPageGetsThePolicyWithItsNonceInScriptAndStyleSourcesAndTheFramingRule() {
        CspHeaders headers = headers("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
        String nonce = headers.newNonce();
        assertThat(nonce).matches("[0-9a-f]{32}").isNotEqualTo(headers.newNonce());
        assertThat(headers.forPage(nonce)).isEqualTo("default-src 'self'; script-src 'self' 'nonce-" + nonce
                + "'; style-src 'self' 'unsafe-inline' 'nonce-" + nonce + "'; frame-ancestors 'self'");
        assertThat(headers.forResource()).as("other responses").isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void aMissingDirectiveIsMadeFromDefaultSourcesAsItWouldFallBackToThemAndSelfIsAddedAsTauriAddsIt() {
        assertThat(headers("default-src https://cdn.example; img-src *").forPage("N"))
            .isEqualTo("default-src https://cdn.example; img-src *; script-src https://cdn.example 'self' 'nonce-N'; "
                    + "style-src https://cdn.example 'self' 'nonce-N'; frame-ancestors 'self'");
        assertThat(headers("img-src *").forPage("N"))
            .isEqualTo("img-src *; script-src 'self' 'nonce-N'; style-src 'self' 'nonce-N'; frame-ancestors 'self'");
    }

    @Test
    void noneIsDroppedBesideTheNonceWhereTheBrowserWouldIgnoreIt() {
        assertThat(headers("default-src 'none'").forPage("N")).isEqualTo("default-src 'none'; script-src 'self' "
                + "'nonce-N'; style-src 'self' 'nonce-N'; frame-ancestors 'self'");
    }

    @Test
    void elementDirectivesWhichTheBrowserAsksFirstGetTheNonceToo() {
        assertThat(headers("script-src 'self'; script-src-elem 'none'; style-src-elem https://x").forPage("N"))
            .isEqualTo("script-src 'self' 'nonce-N'; script-src-elem 'nonce-N'; style-src-elem https://x 'nonce-N'; "
                    + "style-src 'self' 'nonce-N'; frame-ancestors 'self'");
    }

    @Test
    void theAppsOwnFrameAncestorsStayAndTheFramingRuleHoldsBesideThemAsASecondPolicy() {
        assertThat(headers("frame-ancestors 'none'; script-src 'self'").forPage("N"))
            .isEqualTo("frame-ancestors 'none'; script-src 'self' 'nonce-N'; style-src 'self' 'nonce-N', "
                    + "frame-ancestors 'self'");
    }

    @Test
    void directivesTheAppLeavesAsWrittenGetNoNonceNorTheirTags() {
        CspHeaders scriptsAsWritten = new CspHeaders(ContentSecurityPolicy.parse("default-src 'self'"),
                Set.of("script-src"), SELF);
        assertThat(scriptsAsWritten.noncesScripts()).isFalse();
        assertThat(scriptsAsWritten.noncesStyles()).isTrue();
        assertThat(scriptsAsWritten.forPage("N"))
            .isEqualTo("default-src 'self'; style-src 'self' 'nonce-N'; frame-ancestors 'self'");
        CspHeaders allAsWritten = new CspHeaders(ContentSecurityPolicy.parse("default-src 'self'"),
                ContentSecurityPolicy.NONCED_DIRECTIVES, SELF);
        assertThat(allAsWritten.newNonce()).isNull();
        assertThat(allAsWritten.forPage(null)).isEqualTo("default-src 'self'; frame-ancestors 'self'");
    }

    private static CspHeaders headers(@Nullable String policy) {
        return new CspHeaders((policy != null) ? ContentSecurityPolicy.parse(policy) : null, Set.of(), SELF);
    }
}
