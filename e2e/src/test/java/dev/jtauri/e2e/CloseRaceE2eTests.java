package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.webview.jcef.CloseRaceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JCEF's {@code CefApp.dispose()} and its cleanup after a browser's {@code onBeforeClose} take
 * the same two locks in opposite orders. Here CEF's UI thread is held at the worst point of the
 * close path for up to three seconds: CEF must not start to shut down meanwhile (a dispose from
 * another thread would, and would deadlock once the thread went on), and the app must end.
 */
class CloseRaceE2eTests extends WindowedTests {

    @Test
    void cefsDisposeWaitsForTheBrowserThatIsClosingByExit(@TempDir Path dataDir) throws Exception {
        assertNoDisposeWhileClosing(dataDir, "exit", 3);
    }

    @Test
    void cefsDisposeWaitsForTheLastWindowThatIsClosing(@TempDir Path dataDir) throws Exception {
        assertNoDisposeWhileClosing(dataDir, "window", 0);
    }

    private static void assertNoDisposeWhileClosing(Path dataDir, String how, int exitCode) throws Exception {
        try (AppProcess app = AppProcess.launch("close-race-" + how, CloseRaceApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=" + how)) {
            JsonNode probe = app.awaitReport("closeProbe", Duration.ofSeconds(120));
            assertThat(probe.get("stateWhileClosing").stringValue()).as("CEF's state while a browser was closing")
                .isEqualTo("INITIALIZED");
            app.assertExitsWith(exitCode, "ended by " + how);
            app.assertNoSurvivors();
        }
    }
}
