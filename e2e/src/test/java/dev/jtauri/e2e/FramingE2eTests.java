package dev.jtauri.e2e;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page of another origin cannot frame an app page: the app's responses carry
 * {@code frame-ancestors}, so Chromium refuses the frame and the app page never runs (it would
 * tell its parent, and call a command). A frame of the remote page's own origin, beside it, runs:
 * the page would have heard the app page. (App pages framing app pages: the {@code iframe} check
 * of {@link TauriApiPageE2eTests}; dev-server pages: {@link DevServerE2eTests}.)
 */
class FramingE2eTests extends WindowedTests {

    private static final String FRAMER = """
            <!doctype html><html><head><title>framer</title></head><body><script>
            const ran = [];
            window.addEventListener('message', (event) => ran.push(event.data));
            for (const src of ['tauri://localhost/framed.html', '/own.html']) {
              const frame = document.createElement('iframe');
              frame.src = src;
              document.body.append(frame);
            }
            // Long enough for both frames to load and run; the own frame's message shows they could.
            setTimeout(() => {
              location.href = 'RESULT_URL&payload=' + encodeURIComponent(JSON.stringify(ran));
            }, 4000);
            </script></body></html>
            """;

    private static final String OWN = """
            <!doctype html><html><head><title>own</title></head><body><script>
            parent.postMessage({ ownRan: location.href }, '*');
            </script></body></html>
            """;

    private static HttpServer server;

    private static final Map<String, JsonNode> results = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/framer.html", (exchange) -> TestHttp.respond(exchange, 200, "text/html",
                FRAMER.replace("RESULT_URL", origin() + "/result?from=framer")));
        server.createContext("/own.html", (exchange) -> TestHttp.respond(exchange, 200, "text/html", OWN));
        TestHttp.collectResults(server, results);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void aRemotePageCannotFrameAnAppPage(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("framing", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=" + origin() + "/framer.html")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> results.containsKey("framer"));
            JsonNode ran = results.get("framer");
            assertThat(ran.valueStream().filter((message) -> message.has("ownRan")))
                .as("messages from the remote page's own frame").hasSize(1);
            assertThat(ran.valueStream().filter((message) -> message.has("framedRan")))
                .as("messages from the app page in the remote page's frame").isEmpty();

            app.terminate();
            app.assertExitsWith(143, "SIGTERM");
            assertThat(app.reports("invocations")).singleElement()
                .satisfies((report) -> assertThat(report.get("count").intValue()).as("commands run").isZero());
            app.assertNoSurvivors();
        }
    }

    private static String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
