package dev.jtauri.webview.jcef;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AssetPathsTests {

    @Test
    void theRootAndDirectoriesServeTheirIndex() {
        assertThat(AssetPaths.of("tauri://localhost/")).isEqualTo("index.html");
        assertThat(AssetPaths.of("tauri://localhost")).isEqualTo("index.html");
        assertThat(AssetPaths.of("tauri://localhost/docs/")).isEqualTo("docs/index.html");
    }

    @Test
    void aFileIsServedByItsPathWithoutQueryOrFragment() {
        assertThat(AssetPaths.of("tauri://localhost/assets/app.js?v=3#top")).isEqualTo("assets/app.js");
    }

    @Test
    void escapesAreDecodedOnce() {
        assertThat(AssetPaths.of("tauri://localhost/my%20file.txt")).isEqualTo("my file.txt");
        assertThat(AssetPaths.of("tauri://localhost/a+b.txt")).isEqualTo("a+b.txt");
        assertThat(AssetPaths.of("tauri://localhost/%252e%252e/x")).isEqualTo("%2e%2e/x");
    }

    @ParameterizedTest
    @ValueSource(strings = { "tauri://localhost/../secret", "tauri://localhost/a/../../secret",
            "tauri://localhost/%2e%2e/secret", "tauri://localhost/%2E%2E%2Fsecret", "tauri://localhost/a/%2e/b",
            "tauri://localhost/..%5csecret", "tauri://localhost/a%00b", "tauri://localhost/%zz", "not a url" })
    void pathsThatCouldLeaveTheFrontendAreRefused(String url) {
        assertThat(AssetPaths.of(url)).isNull();
    }
}
