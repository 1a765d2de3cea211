package dev.jtauri.webview.jcef;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppOriginsTests {

    @Test
    void onlyTheAppsOriginsGetIpc() {
        AppOrigins origins = new AppOrigins(URI.create("http://localhost:5173/"));
        assertThat(origins.isApp("tauri://localhost/index.html")).isTrue();
        assertThat(origins.isApp("TAURI://LOCALHOST/x")).isTrue();
        assertThat(origins.isApp("http://localhost:5173/src/main.ts")).isTrue();
        assertThat(origins.isApp("http://localhost:5174/")).isFalse();
        assertThat(origins.isApp("https://example.com/")).isFalse();
        assertThat(origins.isApp("data:text/html,<p>x")).isFalse();
        assertThat(origins.isApp("tauri://evil/index.html")).isFalse();
        assertThat(origins.isApp(null)).isFalse();
        assertThat(new AppOrigins(null).isApp("http://localhost:5173/")).isFalse();
    }

    @Test
    void windowUrlsResolveAgainstTheFrontendOrTheDevServer() {
        JcefOptions built = new JcefOptions((path) -> null, null, false, "t", new CefEngineOptions(
                java.nio.file.Path.of("i"), java.nio.file.Path.of("d"), java.util.List.of()), 1024, 500);
        assertThat(built.resolve("index.html")).isEqualTo("tauri://localhost/index.html");
        assertThat(built.resolve("/settings.html?tab=1")).isEqualTo("tauri://localhost/settings.html?tab=1");
        assertThat(built.resolve("https://example.com/")).isEqualTo("https://example.com/");
        assertThat(built.resolve("data:text/html;base64,PHA+")).isEqualTo("data:text/html;base64,PHA+");
        JcefOptions dev = new JcefOptions((path) -> null, URI.create("http://localhost:5173"), true, "t",
                built.engine(), 1024, 500);
        assertThat(dev.resolve("index.html")).isEqualTo("http://localhost:5173/index.html");
    }
}
