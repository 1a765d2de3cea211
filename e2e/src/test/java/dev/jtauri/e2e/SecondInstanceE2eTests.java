package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second instance of a running app: one process at a time may use a CEF profile, so it fails
 * to start and says why, and Chromium hands its launch over to the first instance, which must
 * keep running and still end cleanly (Chromium's own answer, a browser window outside the app,
 * crashed it as it exited).
 */
class SecondInstanceE2eTests extends WindowedTests {

    @Test
    void aSecondInstanceFailsToStartAndTheFirstRunsOnAndEndsCleanly(@TempDir Path dataDir) throws Exception {
        try (AppProcess first = AppProcess.launch("instance-first", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=exit.html?how=none")) {
            first.awaitReport("firstIpc", Duration.ofSeconds(120));
            try (AppProcess second = AppProcess.launch("instance-second", E2eApplication.class, xvfb, dataDir,
                    "--tauri.app.windows[0].url=exit.html?how=exit")) {
                second.assertExitsWith(1, "a failed startup");
                assertThat(second.logText()).contains("Is another instance of this app running?");
                second.assertNoCrashReport();
            }
            await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(first.logText()).contains("Another instance of this app was started"));
            assertThat(first.isAlive()).isTrue();
            first.terminate();
            first.assertExitsWith(143, "SIGTERM");
            first.assertNoCrashReport();
            first.assertNoSurvivors();
        }
    }
}
