package dev.jtauri.e2e;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import dev.jtauri.webview.jcef.TokenLeakApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pages that are not the app's (a remote page, a {@code data:} URL) in the app's windows get no
 * IPC: no bridge, refused {@code cefQuery}s, refused fetches, and not one command runs. Each
 * page posts what it saw to a server of the test's. The app is then stopped as a kill stops it
 * (SIGTERM), which closes the Spring context, and that too leaves no Chromium process.
 */
class ForeignPagesE2eTests extends WindowedTests {

    private static final String PROBE = """
            <!doctype html><html><head><title>foreign</title></head><body><script>
            const result = { internals: typeof window.__TAURI_INTERNALS__, tauri: typeof window.__TAURI__ };
            function query(request) {
              return new Promise((resolve) => {
                if (typeof window.cefQuery !== 'function') { resolve('no cefQuery'); return; }
                window.cefQuery({ request, persistent: false,
                  onSuccess: (r) => resolve('success:' + r), onFailure: (code, m) => resolve('failure:' + code + ':' + m) });
              });
            }
            async function attempt(url, init) {
              try { const r = await fetch(url, init); return 'status:' + r.status; } catch (e) { return 'blocked'; }
            }
            (async () => {
              result.ping = await query('jtauri:ping');
              result.invoke = await query(['forged', 'greet', '{}', 'j', '{"name":"x"}'].join('\\u001e'));
              result.rawInvoke = await attempt('tauri://localhost/__jtauri/ipc/greet', { method: 'POST', body: new Uint8Array(70000) });
              result.bridge = await attempt('tauri://localhost/__jtauri/bridge.js');
              // A navigation carries the result out: a data: page may not fetch a local server.
              location.href = 'RESULT_URL&payload=' + encodeURIComponent(JSON.stringify(result));
            })();
            </script></body></html>
            """;

    /**
     * A page of another origin that tries to catch what the bridge's receiver would get, told the
     * window's IPC token (the receiver's secret name) as if it had learned it.
     */
    private static final String THIEF = """
            <!doctype html><html><head><title>thief</title></head><body><script>
            const got = [];
            const token = new URLSearchParams(location.search).get('token');
            const catcher = new Proxy({}, { get: (target, name) => (...args) => got.push([String(name), args]) });
            if (token) {
              Object.defineProperty(window, '__JTAURI_' + token, { value: catcher });
            }
            setTimeout(() => {
              location.href = 'RESULT_URL&payload=' + encodeURIComponent(JSON.stringify({ got, token }));
            }, 2000);
            </script></body></html>
            """;

    private static HttpServer server;

    private static final Map<String, JsonNode> results = new ConcurrentHashMap<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/foreign.html", (exchange) -> TestHttp.respond(exchange, 200, "text/html",
                PROBE.replace("RESULT_URL", resultUrl("remote"))));
        server.createContext("/thief.html", (exchange) -> TestHttp.respond(exchange, 200, "text/html",
                THIEF.replace("RESULT_URL", resultUrl("thief"))));
        TestHttp.collectResults(server, results);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void remoteAndDataPagesGetNoIpcAndAKillEndsTheAppCleanly(@TempDir Path dataDir) throws Exception {
        String dataPage = "data:text/html;base64," + Base64.getEncoder().encodeToString(
                PROBE.replace("RESULT_URL", resultUrl("data")).getBytes(StandardCharsets.UTF_8));
        try (AppProcess app = AppProcess.launch("foreign-pages", E2eApplication.class, xvfb, dataDir,
                // The data: page carries its result out to the test's server: it leaves the app.
                "--tauri.app.security.navigation=allow", "--tauri.app.windows[0].label=remote",
                "--tauri.app.windows[0].url=http://127.0.0.1:" + server.getAddress().getPort() + "/foreign.html",
                "--tauri.app.windows[1].label=data",
                "--tauri.app.windows[1].url=" + dataPage)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> results.containsKey("remote") && results.containsKey("data"));
            for (String page : new String[] { "remote", "data" }) {
                JsonNode seen = results.get(page);
                assertThat(seen.get("internals").stringValue()).as(page + ": __TAURI_INTERNALS__").isEqualTo("undefined");
                assertThat(seen.get("tauri").stringValue()).as(page + ": __TAURI__").isEqualTo("undefined");
                assertThat(seen.get("ping").stringValue()).as(page + ": raw cefQuery")
                    .isEqualTo("failure:403:\"IPC is not available to this page\"");
                assertThat(seen.get("invoke").stringValue()).as(page + ": forged invoke")
                    .isEqualTo("failure:403:\"IPC is not available to this page\"");
                assertThat(seen.get("rawInvoke").stringValue()).as(page + ": fetch IPC").isIn("blocked", "status:403");
                assertThat(seen.get("bridge").stringValue()).as(page + ": bridge script").isIn("blocked", "status:403");
            }
            assertThat(app.descendants()).isNotEmpty();

            app.terminate();
            app.assertExitsWith(143, "SIGTERM");
            assertThat(app.reports("invocations")).singleElement()
                .satisfies((report) -> assertThat(report.get("count").intValue()).as("commands run").isZero());
            app.assertNoSurvivors();
        }
    }

    @Test
    void channelMessagesDoNotFollowTheWindowToAPageOfAnotherOriginEvenOneThatKnowsTheToken(@TempDir Path dataDir)
            throws Exception {
        results.remove("thief");
        String thief = "http://127.0.0.1:" + server.getAddress().getPort() + "/thief.html";
        try (AppProcess app = AppProcess.launch("channel-leak", TokenLeakApplication.class, xvfb, dataDir,
                // The app page itself goes to the page of another origin.
                "--tauri.app.security.navigation=allow", "--tauri.app.windows[0].url=leak.html?withToken&to=" + thief)) {
            JsonNode sent = app.awaitReport("slowStream", Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(30)).until(() -> results.containsKey("thief"));
            assertThat(results.get("thief").get("token").stringValue()).as("the token the thief was told")
                .hasSize(32);
            assertThat(results.get("thief").get("got")).as("messages the other origin caught").isEmpty();
            // The command learns that the page its channel was for is gone, and stops: its call is
            // called off, or its channel refuses the next message, whichever comes first.
            assertThat(sent.get("sent").intValue()).as("messages the command sent").isBetween(1, 29);
            assertThat(sent.get("stopped").stringValue()).containsAnyOf("is gone", "called off");
        }
    }

    private static String resultUrl(String from) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/result?from=" + from;
    }
}
