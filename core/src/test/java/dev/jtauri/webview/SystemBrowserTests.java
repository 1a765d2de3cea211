package dev.jtauri.webview;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SystemBrowserTests {

    @Test
    void onlyHttpHttpsAndMailtoUrlsMayBeHandedToTheSystem() {
        assertThat(ExternalUrlOpener.mayOpen(URI.create("https://example.com/"))).isTrue();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("HTTP://example.com/"))).isTrue();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("mailto:a@example.com"))).isTrue();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("file:///etc/passwd"))).isFalse();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("vscode://file/x"))).isFalse();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("tauri://localhost/"))).isFalse();
        assertThat(ExternalUrlOpener.mayOpen(URI.create("/relative"))).isFalse();
    }

    @Test
    void aUrlOfAnotherSchemeIsRefusedBeforeTheSystemIsAsked() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SystemBrowser().open(URI.create("file:///etc/passwd")))
            .withMessage("Only http, https and mailto URLs open outside the app, not file:///etc/passwd");
    }
}
