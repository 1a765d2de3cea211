package dev.jtauri.webview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ContentSecurityPolicyTests {

    @Test
    void aPolicyStringIsReadDirectiveByDirectiveInOrder() {
        ContentSecurityPolicy policy = ContentSecurityPolicy.parse(
                " Default-Src 'self';img-src   'self' data: ; upgrade-insecure-requests;");
        assertThat(policy.directives()).containsExactly(Map.entry("default-src", List.of("'self'")),
                Map.entry("img-src", List.of("'self'", "data:")), Map.entry("upgrade-insecure-requests", List.of()));
        assertThat(policy).hasToString("default-src 'self'; img-src 'self' data:; upgrade-insecure-requests");
    }

    @Test
    void aDirectiveMapIsReadAsTauriReadsItsSourcesSeparatedBySpaces() {
        Map<String, String> directives = new LinkedHashMap<>();
        directives.put("default-src", "'self'");
        directives.put("script-src", " 'self'  https://cdn.example ");
        directives.put("sandbox", "");
        assertThat(ContentSecurityPolicy.of(directives))
            .hasToString("default-src 'self'; script-src 'self' https://cdn.example; sandbox")
            .isEqualTo(ContentSecurityPolicy.parse("default-src 'self'; script-src 'self' https://cdn.example; sandbox"));
    }

    @Test
    void anUnknownDirectiveIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.parse("scrip-src 'self'"))
            .withMessage("'scrip-src' is not a Content Security Policy directive");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.of(Map.of("img_src", "x")))
            .withMessageContaining("'img_src'");
    }

    @Test
    void aDirectiveGivenTwiceIsRefusedAsTheBrowserWouldReadOnlyTheFirst() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ContentSecurityPolicy.parse("script-src 'self'; SCRIPT-SRC https://x"))
            .withMessageContaining("directive 'script-src' is given twice");
    }

    @Test
    void aSourceThatWouldEndItsDirectiveOrPolicyIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ContentSecurityPolicy.of(Map.of("script-src", "'self'; object-src *")))
            .withMessageContaining("directive 'script-src': ''self';' is not a source");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.parse("img-src *, script-src *"))
            .withMessageContaining("would start a second policy");
    }

    @Test
    void anEmptyPolicyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.parse(" ; "))
            .withMessage("the policy has no directive");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentSecurityPolicy.of(Map.of()));
    }

    @Test
    void aDirectiveIsReplacedInPlaceOrAddedAtTheEnd() {
        ContentSecurityPolicy policy = ContentSecurityPolicy.parse("script-src 'self'; img-src *");
        assertThat(policy.with("script-src", List.of("'none'"))).hasToString("script-src 'none'; img-src *");
        assertThat(policy.with("style-src", List.of("'self'"))).hasToString("script-src 'self'; img-src *; style-src 'self'");
        assertThat(policy).as("unchanged").hasToString("script-src 'self'; img-src *");
    }

    @Test
    void onlyScriptAndStyleSourcesTakeNoncesAndOnlyTheyMayBeLeftAsWritten() {
        assertThat(new PageSecurity(null, ContentSecurityPolicy.NONCED_DIRECTIVES,
                NavigationPolicy.DENY).unmodifiedCsp())
            .containsExactlyInAnyOrder("script-src", "style-src");
        assertThatIllegalArgumentException().isThrownBy(() -> new PageSecurity(null, java.util.Set.of("img-src"),
                NavigationPolicy.DENY))
            .withMessageContaining("'img-src' is not a directive jtauri modifies");
    }
}
