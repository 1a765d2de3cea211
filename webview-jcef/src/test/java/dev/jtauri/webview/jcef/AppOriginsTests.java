package dev.jtauri.webview.jcef;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.jtauri.webview.PageSecurity;
import org.cef.browser.CefFrame;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppOriginsTests {

    private final List<String> disposed = new ArrayList<>();

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
                java.nio.file.Path.of("i"), java.nio.file.Path.of("d"), java.util.List.of()), 1024, 500,
                java.time.Duration.ofSeconds(10), PageSecurity.DEFAULT);
        assertThat(built.resolve("index.html")).isEqualTo("tauri://localhost/index.html");
        assertThat(built.resolve("/settings.html?tab=1")).isEqualTo("tauri://localhost/settings.html?tab=1");
        assertThat(built.resolve("https://example.com/")).isEqualTo("https://example.com/");
        assertThat(built.resolve("data:text/html;base64,PHA+")).isEqualTo("data:text/html;base64,PHA+");
        JcefOptions dev = new JcefOptions((path) -> null, URI.create("http://localhost:5173"), true, "t",
                built.engine(), 1024, 500, java.time.Duration.ofSeconds(10), PageSecurity.DEFAULT);
        assertThat(dev.resolve("index.html")).isEqualTo("http://localhost:5173/index.html");
    }

    @Test
    void aFrameMayUseIpcOnlyWhenItAndEveryFrameAboveItShowTheApp() {
        AppOrigins origins = new AppOrigins(URI.create("http://localhost:5173/"));
        CefFrame app = frame("tauri://localhost/index.html", null);
        assertThat(origins.mayUseIpc(app)).isTrue();
        assertThat(origins.mayUseIpc(frame("tauri://localhost/inner.html", frame("http://localhost:5173/", app))))
            .as("an app frame in app frames").isTrue();
        assertThat(origins.mayUseIpc(frame("tauri://localhost/inner.html", frame("https://evil.example/", null))))
            .as("an app page framed by a page of another origin").isFalse();
        assertThat(origins.mayUseIpc(frame("tauri://localhost/a.html",
                frame("tauri://localhost/b.html", frame("https://evil.example/", null)))))
            .as("a page of another origin two frames up").isFalse();
        assertThat(origins.mayUseIpc(frame("https://evil.example/", app))).as("a frame of another origin").isFalse();
        assertThat(this.disposed).as("the frames above, asked for by the check, released by it")
            .contains("http://localhost:5173/", "https://evil.example/", "tauri://localhost/b.html");
    }

    @Test
    void aScriptIsGuardedByTheDocumentsOwnOriginBeforeAnyNameIsLookedUp() {
        assertThat(new AppOrigins(null).guard("window.__JTAURI_x"))
            .isEqualTo("(location.origin===\"tauri://localhost\")&&window.__JTAURI_x&&window.__JTAURI_x");
        assertThat(new AppOrigins(URI.create("http://localhost:5173/")).guard("r"))
            .contains("location.origin===\"tauri://localhost\"").contains("location.origin===\"http://localhost:5173\"")
            .endsWith(")&&r&&r");
    }

    @Test
    void anOriginIsWrittenAsABrowserWritesItWithoutTheDefaultPort() {
        assertThat(AppOrigins.originOf("http://LOCALHOST:80/x")).isEqualTo("http://localhost");
        assertThat(AppOrigins.originOf("https://example.com:443/")).isEqualTo("https://example.com");
        assertThat(AppOrigins.originOf("http://localhost:443/")).isEqualTo("http://localhost:443");
        assertThat(AppOrigins.originOf("not a url")).isEmpty();
    }

    /** A frame showing a URL, under a parent; the check asks for the parent anew each time. */
    private CefFrame frame(String url, @Nullable CefFrame parent) {
        return (CefFrame) Proxy.newProxyInstance(CefFrame.class.getClassLoader(), new Class<?>[] { CefFrame.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getURL" -> url;
                    case "getParent" -> parent;
                    case "dispose" -> {
                        this.disposed.add(url);
                        yield null;
                    }
                    case "toString" -> "frame " + url;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
