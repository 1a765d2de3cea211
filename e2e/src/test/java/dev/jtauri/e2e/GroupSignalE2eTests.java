package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A signal to the app's whole process group, as {@code timeout}, a terminal's hangup, a desktop
 * session's logout or a service manager stopping a unit sends it, ends the app as the same signal
 * to the JVM alone does: Chromium's processes get it too, and die first, yet the app closes its
 * window, disposes CEF and exits with {@code 128 + signal}, leaving no process of its group. So
 * does a kill once the page has crashed.
 */
class GroupSignalE2eTests extends WindowedTests {

    private static final String TITLE = "jtauri group signal";

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({ "TERM, 143", "HUP, 129", "INT, 130" })
    void aSignalToTheWholeGroupEndsTheAppCleanly(String signal, int exitCode, @TempDir Path dataDir)
            throws Exception {
        try (AppProcess app = AppProcess.launchAsGroupLeader("group-sig" + signal.toLowerCase(),
                E2eApplication.class, xvfb, dataDir, "--tauri.app.windows[0].title=" + TITLE,
                "--tauri.app.windows[0].url=exit.html?how=painted")) {
            // A window that shows its page: Chromium's compositor then needs its GPU process.
            awaitPainted(app);
            X11 window = X11.windowTitled(xvfb, TITLE);
            await().atMost(Duration.ofSeconds(10)).until(() -> X11.run(xvfb, "xwininfo", "-id", window.id()).output()
                .contains("Map State: IsViewable"));
            assertThat(app.descendants()).as("Chromium's processes").isNotEmpty();

            app.signalGroup(signal);
            app.assertExitsWith(exitCode, "SIG" + signal + " to the process group");
            assertThat(app.logText()).contains("Received SIG" + signal + ": ending the app")
                .contains("The app ended with code " + exitCode)
                .doesNotContain("FATAL")
                .doesNotContain("did not close within")
                .doesNotContain("did not terminate within");
            app.assertNoCrashReport();
            app.assertNoSurvivors();
            app.assertGroupEnded();
        }
    }

    @Test
    void aKillAfterThePageCrashedEndsTheAppCleanly(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launchAsGroupLeader("page-crashed", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=painted")) {
            awaitPainted(app);
            List<ProcessHandle> renderers = app.chromiumProcesses("renderer");
            assertThat(renderers).as("Chromium's renderers").isNotEmpty();
            renderers.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle renderer : renderers) {
                renderer.onExit().get(10, TimeUnit.SECONDS);
            }

            app.terminate();
            app.assertExitsWith(143, "SIGTERM after the page crashed");
            assertThat(app.logText()).contains("The app ended with code 143").doesNotContain("FATAL");
            app.assertNoSurvivors();
            app.assertGroupEnded();
        }
    }

    private static void awaitPainted(AppProcess app) throws InterruptedException {
        app.awaitReport("firstIpc", Duration.ofSeconds(120));
        await().atMost(Duration.ofSeconds(30)).until(() -> app.reports("check").stream()
            .anyMatch((check) -> check.get("name").stringValue().equals("painted")));
    }
}
