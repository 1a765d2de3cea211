package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.testapps.plain.PlainMainApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways an app ends besides a signal (see {@link ForeignPagesE2eTests}) and the page's
 * {@code done} (see {@link TauriApiPageE2eTests}): its last window closes, a command calls
 * {@code AppHandle.exit}, the Spring context is closed from the EDT, or the app exits while its
 * windows are still being created. Each ends the process with the right code, promptly (no wait
 * runs out on the way), and leaves no Chromium process.
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

    @Test
    void closingTheContextFromTheEdtEndsTheAppWithoutFreezingIt(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("exit-context", PlainMainApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=context")) {
            app.awaitReport("firstIpc", Duration.ofSeconds(120));
            app.assertExitsWith(0, "the context closed from the EDT");
            assertNoWaitRanOut(app);
            app.assertNoSurvivors();
        }
    }

    @Test
    void exitWhileTheWindowsAreBeingCreatedEndsTheAppAndShowsNoWindow(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("exit-during-open", E2eApplication.class, xvfb, dataDir,
                "--e2e.exit-during-open=true", "--tauri.app.windows[0].url=exit.html?how=none")) {
            app.awaitReport("exitCalled", Duration.ofSeconds(120));
            app.assertExitsWith(5, "AppHandle.exit while the windows were being created");
            assertThat(app.reports("firstIpc")).as("a page that loaded after the exit").isEmpty();
            assertNoWaitRanOut(app);
            app.assertNoSurvivors();
        }
    }

    private static void assertEnds(Path dataDir, String how, int exitCode) throws Exception {
        try (AppProcess app = AppProcess.launch("exit-" + how, E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=" + how)) {
            app.awaitReport("firstIpc", Duration.ofSeconds(120));
            app.assertExitsWith(exitCode, "ended by " + how);
            assertNoWaitRanOut(app);
            app.assertNoSurvivors();
        }
    }

    /** Ending took no detour through a timeout: every window closed and CEF ended when asked. */
    private static void assertNoWaitRanOut(AppProcess app) throws Exception {
        assertThat(app.logText()).doesNotContain("did not close within")
            .doesNotContain("did not terminate within")
            .doesNotContain("did not end in time");
    }
}
