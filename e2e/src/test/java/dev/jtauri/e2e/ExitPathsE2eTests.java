package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways an app ends besides a signal (see {@link ForeignPagesE2eTests}) and the page's
 * {@code done} (see {@link TauriApiPageE2eTests}): its last window closes, or a command calls
 * {@code AppHandle.exit}. Each ends the process with the right code and leaves no Chromium
 * process.
 */
class ExitPathsE2eTests extends WindowedTests {

    @Test
    void closingTheLastWindowEndsTheAppWithCodeZero(@TempDir Path dataDir) throws Exception {
        assertEnds(dataDir, "window", 0);
    }

    @Test
    void appHandleExitEndsTheAppWithItsCode(@TempDir Path dataDir) throws Exception {
        assertEnds(dataDir, "exit", 3);
    }

    private static void assertEnds(Path dataDir, String how, int exitCode) throws Exception {
        try (AppProcess app = AppProcess.launch("exit-" + how, E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=" + how)) {
            app.awaitReport("firstIpc", Duration.ofSeconds(120));
            app.assertExitsWith(exitCode, "ended by " + how);
            app.assertNoSurvivors();
        }
    }
}
