package dev.jtauri.webview.jcef;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CefEngineOptionsTests {

    @Test
    void theProfileIsADirectoryNamedAfterTheApp() {
        assertThat(CefEngineOptions.defaults("com.example.notes").dataDir().getFileName())
            .hasToString("com.example.notes");
        assertThat(CefEngineOptions.defaults("com.example.notes").dataDir().getParent().getFileName()).hasToString("apps");
    }

    @Test
    void aNameThatIsNoPlainDirectoryNameStaysOneDirectoryBelowApps() {
        assertThat(CefEngineOptions.directoryName("My Notes/2")).isEqualTo("My_Notes_2");
        assertThat(CefEngineOptions.directoryName("..")).isEqualTo("_..");
        assertThat(CefEngineOptions.directoryName(".")).isEqualTo("_.");
        assertThat(CefEngineOptions.directoryName("")).isEqualTo("_");
        assertThat(CefEngineOptions.directoryName("../../etc")).isEqualTo(".._.._etc");
    }
}
