package dev.jtauri.e2e;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code tauri.app.security.navigation}: an app page (e2e/frontend/src/nav.html) tries to leave
 * the app by a link, {@code location.href}, a form, {@code window.open} of a remote page and of
 * an app page (each from a click, as popups need), a {@code mailto:} URL and a {@code file:} URL. Under {@code deny} the window stays
 * and nothing opens; under {@code open-external} it stays and the app's opener (the e2e apps'
 * {@link ReportingOpener}) is given the http and mailto URLs, never the file; under {@code allow}
 * it goes, and the remote page gets no IPC. Where Java sends the window (a remote URL that
 * redirects to another origin) it goes, even under {@code deny}.
 */
class NavigationE2eTests extends WindowedTests {

    private static final List<String> ATTEMPTS = List.of("link", "location", "form", "popup", "app-popup", "mailto",
            "file");

    /** Reports what it saw to the test's server, by a navigation within its own origin. */
    private static final String REMOTE = """
            <!doctype html><html><head><title>remote</title></head><body><script>
            const via = new URLSearchParams(location.search).get('via');
            const result = { via, origin: location.origin, internals: typeof window.__TAURI_INTERNALS__ };
            new Promise((resolve) => {
              if (typeof window.cefQuery !== 'function') { resolve('no cefQuery'); return; }
              window.cefQuery({ request: 'jtauri:ping', persistent: false,
                onSuccess: (r) => resolve('success:' + r), onFailure: (code, m) => resolve('failure:' + code + ':' + m) });
            }).then((ping) => {
              result.ping = ping;
              location.href = '/result?from=' + via + '&payload=' + encodeURIComponent(JSON.stringify(result));
            });
            </script></body></html>
            """;

    private static final String TITLE = "jtauri navigation";

    private static HttpServer server;

    private static final Map<String, JsonNode> results = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/remote.html", (exchange) -> TestHttp.respond(exchange, 200, "text/html", REMOTE));
        // To another origin: the same server by another name.
        server.createContext("/hop", (exchange) -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port() + "/remote.html?via=java");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        TestHttp.collectResults(server, results);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void forgetResults() {
        results.clear();
    }

    @Test
    void denyKeepsTheWindowOnItsPageAndOpensNothingWhileJavaStillSendsItAway(@TempDir Path dataDir)
            throws Exception {
        try (AppProcess app = launch("navigation-deny", dataDir, "deny", ATTEMPTS, "/hop")) {
            clickWhenAsked(app, 2);
            await().atMost(Duration.ofSeconds(120)).until(() -> results.containsKey("java"));
            assertStayed(app, ATTEMPTS);
            JsonNode remote = results.get("java");
            assertThat(remote.get("origin").stringValue()).as("the redirect's origin, which Java's load followed")
                .isEqualTo("http://localhost:" + port());
            assertNoIpc(remote);
            assertThat(app.reports("opened")).as("URLs opened outside the app").isEmpty();
            app.terminate();
            app.assertExitsWith(143, "SIGTERM");
            app.assertNoSurvivors();
        }
    }

    @Test
    void openExternalKeepsTheWindowOnItsPageAndOpensHttpAndMailtoUrlsOutsideTheApp(@TempDir Path dataDir)
            throws Exception {
        try (AppProcess app = launch("navigation-open-external", dataDir, "open-external", ATTEMPTS, null)) {
            clickWhenAsked(app, 2);
            app.awaitReport("done", Duration.ofSeconds(120));
            assertStayed(app, ATTEMPTS);
            String remote = origin() + "/remote.html";
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(app.reports("opened"))
                .extracting((opened) -> opened.get("url").stringValue())
                .containsExactlyInAnyOrder(remote + "?via=link", remote + "?via=location", remote + "?via=form",
                        remote + "?via=popup", "mailto:someone@example.com?subject=jtauri"));
            app.assertExitsWith(42, "the code AppHandle.exit was given");
            app.assertNoSurvivors();
        }
    }

    @Test
    void allowLetsThePageTakeTheWindowToARemotePageWhichGetsNoIpc(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = launch("navigation-allow", dataDir, "allow", List.of("popup", "link"), null)) {
            clickWhenAsked(app, 1);
            await().atMost(Duration.ofSeconds(120)).until(() -> results.containsKey("link"));
            assertNoIpc(results.get("link"));
            assertStayed(app, List.of("popup"));
            assertThat(app.reports("opened")).as("a popup has no window: it opens outside the app")
                .extracting((opened) -> opened.get("url").stringValue())
                .containsExactly(origin() + "/remote.html?via=popup");
            app.terminate();
            app.assertExitsWith(143, "SIGTERM");
            app.assertNoSurvivors();
        }
    }

    private static AppProcess launch(String name, Path dataDir, String policy, List<String> attempts,
            @org.jspecify.annotations.Nullable String then) throws Exception {
        String page = "nav.html?remote=" + URLEncoder.encode(origin(), StandardCharsets.UTF_8) + "&attempts="
                + String.join(",", attempts) + ((then != null) ? "&then=" + then : "");
        return AppProcess.launch(name, E2eApplication.class, xvfb, dataDir, "--tauri.app.windows[0].url=" + page,
                "--tauri.app.windows[0].title=" + TITLE, "--tauri.app.security.navigation=" + policy);
    }

    /**
     * A popup needs a user's click: each time the page asks, the pointer clicks the button that
     * fills it, as a user would.
     */
    private static void clickWhenAsked(AppProcess app, int times) throws Exception {
        for (int asked = 1; asked <= times; asked++) {
            int count = asked;
            await().atMost(Duration.ofSeconds(120)).until(() -> clickRequests(app) >= count);
            X11.Geometry window = X11.windowTitled(xvfb, TITLE).geometry();
            X11.Result click = X11.run(xvfb, "xdotool", "mousemove", Integer.toString(window.x() + window.width() / 2),
                    Integer.toString(window.y() + window.height() / 2), "click", "1");
            assertThat(click.exitCode()).as("xdotool: %s", click.output()).isZero();
        }
    }

    private static long clickRequests(AppProcess app) {
        return app.reports("check").stream().filter((check) -> check.get("name").stringValue().equals("click-me"))
            .count();
    }

    /** The page reported after each attempt: it was still there, and no window had opened. */
    private static void assertStayed(AppProcess app, List<String> attempts) {
        List<JsonNode> checks = app.reports("check").stream()
            .filter((check) -> check.get("name").stringValue().startsWith("stayed-"))
            .toList();
        assertThat(checks).extracting((check) -> check.get("name").stringValue())
            .containsExactlyElementsOf(attempts.stream().map((attempt) -> "stayed-" + attempt).toList());
        assertThat(checks).extracting((check) -> check.get("detail").stringValue()).as("the app's windows")
            .containsOnly("main");
    }

    private static void assertNoIpc(JsonNode remote) {
        assertThat(remote.get("internals").stringValue()).as("__TAURI_INTERNALS__").isEqualTo("undefined");
        assertThat(remote.get("ping").stringValue()).as("raw cefQuery")
            .isEqualTo("failure:403:\"IPC is not available to this page\"");
    }

    private static int port() {
        return server.getAddress().getPort();
    }

    private static String origin() {
        return "http://127.0.0.1:" + port();
    }
}
