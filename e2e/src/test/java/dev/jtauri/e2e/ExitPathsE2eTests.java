package dev.jtauri.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.jtauri.testapps.plain.PlainMainApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ways an app ends besides a signal (see {@link ForeignPagesE2eTests}) and the page's
 * {@code done} (see {@link TauriApiPageE2eTests}): its last window closes, a command calls
 * {@code AppHandle.exit}, the Spring context is closed from the EDT, the app exits while its
 * windows are still being created, or it restarts. Each ends the process with the right code, promptly (no wait
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
    void withoutEarlyStartCefStartsAndTheWindowOpensOnceTheContextIsReady(@TempDir Path dataDir) throws Exception {
        // By then the context has touched AWT: it must not have made it headless for good.
        assertEnds(dataDir, "exit", 3, "--tauri.webview.early-start=false");
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
        // The windows open once the context is ready, where the runner opens them: opened early,
        // they would be open before the exit can race their creation.
        try (AppProcess app = AppProcess.launch("exit-during-open", E2eApplication.class, xvfb, dataDir,
                "--e2e.exit-during-open=true", "--tauri.webview.early-windows=false",
                "--tauri.app.windows[0].url=exit.html?how=none")) {
            app.awaitReport("exitCalled", Duration.ofSeconds(120));
            app.assertExitsWith(5, "AppHandle.exit while the windows were being created");
            assertThat(app.reports("firstIpc")).as("a page that loaded after the exit").isEmpty();
            assertNoWaitRanOut(app);
            app.assertNoSurvivors();
        }
    }

    @Test
    void restartEndsTheAppAndStartsItAgainOnItsOwnProfile(@TempDir Path dataDir, @TempDir Path markers)
            throws Exception {
        try (AppProcess app = AppProcess.launch("exit-restart", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=restart",
                "--e2e.restart-marker=" + markers.resolve("restarted"))) {
            long first = app.awaitReport("restarting", Duration.ofSeconds(120)).get("pid").longValue();
            app.assertExitsWith(0, "AppHandle.restart");
            // The new process opens the same CEF profile, loads its page and says who it is.
            Path secondPid = markers.resolve("restarted.pid");
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(secondPid) && Files.size(secondPid) > 0);
            long second = Long.parseLong(Files.readString(secondPid));
            assertThat(second).isNotEqualTo(first);
            Optional<ProcessHandle> again = ProcessHandle.of(second);
            List<ProcessHandle> chromium = again.map((handle) -> handle.descendants().toList()).orElse(List.of());
            try {
                if (again.isPresent()) {
                    assertThat(again.get().onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
                }
                await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(chromium).noneMatch(ProcessHandle::isAlive));
            }
            finally {
                // Not a child of the test's: whatever happened, it does not outlive the test.
                again.ifPresent(ProcessHandle::destroyForcibly);
                chromium.forEach(ProcessHandle::destroyForcibly);
            }
            assertThat(app.logText()).contains("Restarted the app as process " + second);
            assertNoWaitRanOut(app);
        }
    }

    private static void assertEnds(Path dataDir, String how, int exitCode, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--tauri.app.windows[0].url=exit.html?how=" + how);
        try (AppProcess app = AppProcess.launch("exit-" + how, E2eApplication.class, xvfb, dataDir,
                all.toArray(String[]::new))) {
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
