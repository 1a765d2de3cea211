package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page can do to its app's windows through the real {@code @tauri-apps/api} neither
 * crashes the app nor leaves it stuck: a page that logs every close request holds none, and calls
 * racing their window's destroy are done or refused as closed, never a call into a browser CEF is
 * freeing.
 */
class HostilePagesE2eTests extends ManagedWindowTests {

    private static final List<String> CHECKS = List.of("close-heard-not-held", "destroy-races-calls");

    @Test
    void aPageCanNeitherHoldOtherWindowsOpenNorCrashTheAppByRacingTheirClose(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("hostile-pages", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=hostile.html",
                "--tauri.app.security.capability-files=classpath:hostile-capabilities/*.json")) {
            app.awaitReport("done", Duration.ofSeconds(180));
            app.assertChecksPassed(CHECKS);
            app.assertExitsWith(42, "the code AppHandle.exit was given");
            app.assertNoCrashReport();
            assertThat(app.descendants()).as("Chromium's processes while the app ran").isNotEmpty();
            app.assertNoSurvivors();
        }
    }
}
