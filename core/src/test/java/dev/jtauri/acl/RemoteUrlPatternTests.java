package dev.jtauri.acl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The cases of Tauri's own tests of its RemoteUrlPattern (crates/tauri-utils/src/acl/mod.rs), and more. */
class RemoteUrlPatternTests {

    @Test
    void aWildcardHostMatchesAnyHostAnyPathAndAnyQuery() {
        RemoteUrlPattern any = RemoteUrlPattern.parse("http://*");
        assertThat(any.matches("http://tauri.app/path")).isTrue();
        assertThat(any.matches("http://tauri.app/path?q=1")).isTrue();
        assertThat(any.matches("http://localhost/path")).isTrue();
        assertThat(any.matches("https://tauri.app/path")).as("another scheme").isFalse();
    }

    @Test
    void aWildcardSubdomainMatchesSubdomainsOnly() {
        RemoteUrlPattern sub = RemoteUrlPattern.parse("http://*.tauri.app");
        assertThat(sub.matches("http://tauri.app/path")).isFalse();
        assertThat(sub.matches("http://api.tauri.app/path?q=1")).isTrue();
        assertThat(sub.matches("http://a.b.tauri.app/")).isTrue();
        assertThat(sub.matches("http://API.Tauri.App/")).as("hosts match without regard to case").isTrue();
        assertThat(sub.matches("http://localhost/path")).isFalse();
        assertThat(sub.matches("http://evil.com/.tauri.app")).isFalse();
    }

    @Test
    void aPathWildcardMatchesBelowItOnly() {
        RemoteUrlPattern api = RemoteUrlPattern.parse("https://mydomain.dev/api/*");
        assertThat(api.matches("https://mydomain.dev/api/users?page=2#top")).isTrue();
        assertThat(api.matches("https://mydomain.dev/apis")).isFalse();
        assertThat(api.matches("https://mydomain.dev/")).isFalse();
        assertThat(RemoteUrlPattern.parse("http://localhost/*").matches("http://localhost/path?q=1")).isTrue();
    }

    @Test
    void aSchemeWildcardMatchesAnyScheme() {
        RemoteUrlPattern local = RemoteUrlPattern.parse("*://localhost");
        assertThat(local.matches("http://localhost/path")).isTrue();
        assertThat(local.matches("https://localhost/path?q=1")).isTrue();
        assertThat(local.matches("custom://localhost/path")).isTrue();
    }

    @Test
    void aMissingPortMatchesTheDefaultPortOnlyAsUrlPatternReadsIt() {
        assertThat(RemoteUrlPattern.parse("http://localhost/*").matches("http://localhost:80/x")).isTrue();
        assertThat(RemoteUrlPattern.parse("http://localhost/*").matches("http://localhost:5173/x")).isFalse();
        assertThat(RemoteUrlPattern.parse("http://localhost:5173").matches("http://localhost:5173/x")).isTrue();
        assertThat(RemoteUrlPattern.parse("http://localhost:*").matches("http://localhost:5173/x")).isTrue();
    }

    @Test
    void aGivenSearchOrHashMustMatch() {
        RemoteUrlPattern search = RemoteUrlPattern.parse("https://example.com/page?lang=*");
        assertThat(search.matches("https://example.com/page?lang=en")).isTrue();
        assertThat(search.matches("https://example.com/page")).isFalse();
        assertThat(RemoteUrlPattern.parse("https://example.com/#app").matches("https://example.com/x#app")).isTrue();
    }

    @Test
    void whatIsNotAnAbsoluteUrlWithAHostMatchesNothing() {
        RemoteUrlPattern any = RemoteUrlPattern.parse("*://*");
        assertThat(any.matches("data:text/html,<p>")).isFalse();
        assertThat(any.matches("not a url")).isFalse();
        assertThat(any.matches("https://user@example.com/")).isFalse();
    }

    @Test
    void urlPatternSyntaxBeyondWildcardsIsRefusedNamingThePattern() {
        for (String pattern : new String[] { "https://example.com/books/:id", "https://example.com/(\\d+)",
                "https://example.com/{a,b}", "https://example.com/a+", "https://example.com/a\\*" }) {
            assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse(pattern))
                .withMessage("'" + pattern + "' is not a URL pattern jtauri reads: jtauri reads URLPattern's * wildcards, "
                        + "not its named groups (:name), regular expressions ((...)), groups ({...}), modifiers (+) or "
                        + "escapes (\\)");
        }
    }

    @Test
    void whatIsNotAUrlPatternIsRefusedSayingWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse("example.com/*"))
            .withMessageContaining("'example.com/*' is not a URL pattern of the form scheme://host/path");
        assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse("https://user:pw@example.com"))
            .withMessageContaining("a user name or password is not read");
        assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse("https://exa mple.com"))
            .withMessageContaining("its host is not a host name");
        assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse("https://example.com:http"))
            .withMessageContaining("its port is not a number or *");
        assertThatIllegalArgumentException().isThrownBy(() -> RemoteUrlPattern.parse("ht_tp://example.com"))
            .withMessageContaining("its scheme is not a scheme or *");
    }
}
