package dev.jtauri.e2e;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tauri.build.dev-url}: the window loads its pages from a dev server (here a stand-in for
 * Vite's), and they get the bridge and IPC as the built frontend does, in frames of each other too.
 */
class DevServerE2eTests extends WindowedTests {

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
            // A page of the dev server in a frame: its frame-ancestors allow the dev server's origin.
            const framed = await new Promise((resolve) => {
              window.addEventListener('message', (event) => resolve(event.data.childGreeting));
              const frame = document.createElement('iframe');
              frame.src = '/child.html';
              document.body.append(frame);
              setTimeout(() => resolve('nothing from the frame'), 10000);
            });
            await invoke('report', { name: 'dev-frame', ok: framed === 'Hello, child!', detail: framed });
            await invoke('done', { passed: 3, failed: 0 });
            """;

    private static final String CHILD = """
            <!doctype html><html><head><title>child</title></head><body><script>
            window.__TAURI__.core.invoke('greet', { name: 'child' })
              .then((greeting) => parent.postMessage({ childGreeting: greeting }, '*'));
            </script></body></html>
            """;

    private static HttpServer devServer;

    @BeforeAll
    static void startDevServer() throws Exception {
        devServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        devServer.createContext("/", (exchange) -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/index.html")) {
                TestHttp.respond(exchange, 200, "text/html", PAGE);
            }
            else if (path.equals("/child.html")) {
                TestHttp.respond(exchange, 200, "text/html", CHILD);
            }
            else if (path.equals("/src/main.js")) {
                TestHttp.respond(exchange, 200, "text/javascript", SCRIPT);
            }
            else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        devServer.start();
    }

    @AfterAll
    static void stopDevServer() {
        devServer.stop(0);
    }

    @Test
    void pagesFromTheDevServerGetIpc(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("dev-server", E2eApplication.class, xvfb, dataDir,
                "--tauri.build.dev-url=http://127.0.0.1:" + devServer.getAddress().getPort() + "/")) {
            app.awaitReport("done", Duration.ofSeconds(120));
            app.assertChecksPassed(List.of("dev-greet", "dev-origin", "dev-frame"));
            app.assertExitsWith(42, "AppHandle.exit from the page");
        }
    }
}
