package dev.jtauri.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tauri.build.dev-url}: the window loads its pages from a dev server (here a stand-in for
 * Vite's), and they get the bridge and IPC as the built frontend does.
 */
class DevServerE2eTests {

    private static final String PAGE = """
            <!doctype html><html><head><title>dev</title><script type="module" src="/src/main.js"></script></head>
            <body></body></html>
            """;

    private static final String SCRIPT = """
            const { invoke } = window.__TAURI__.core;
            const greeting = await invoke('greet', { name: 'Dev' });
            await invoke('report', { name: 'dev-greet', ok: greeting === 'Hello, Dev!', detail: greeting });
            const origin = location.origin;
            await invoke('report', { name: 'dev-origin', ok: origin.startsWith('http://127.0.0.1:'), detail: origin });
            await invoke('done', { passed: 2, failed: 0 });
            """;

    private static XvfbServer xvfb;

    private static HttpServer devServer;

    @BeforeAll
    static void start() throws Exception {
        xvfb = XvfbServer.start();
        devServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        devServer.createContext("/", (exchange) -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/index.html")) {
                respond(exchange, "text/html", PAGE);
            }
            else if (path.equals("/src/main.js")) {
                respond(exchange, "text/javascript", SCRIPT);
            }
            else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        devServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        devServer.stop(0);
        xvfb.close();
    }

    @Test
    void pagesFromTheDevServerGetIpc(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("dev-server", E2eApplication.class, xvfb, dataDir,
                "--tauri.build.dev-url=http://127.0.0.1:" + devServer.getAddress().getPort() + "/")) {
            app.awaitReport("done", Duration.ofSeconds(120));
            List<JsonNode> checks = app.reports("check");
            assertThat(checks).extracting((check) -> check.get("name").stringValue())
                .containsExactly("dev-greet", "dev-origin");
            assertThat(checks).allSatisfy((check) -> assertThat(check.get("ok").booleanValue())
                .as("%s: %s", check.get("name").stringValue(), check.get("detail").stringValue()).isTrue());
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isEqualTo(42);
        }
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
