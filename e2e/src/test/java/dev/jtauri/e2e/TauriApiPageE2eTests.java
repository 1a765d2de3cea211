package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real window, a page built from {@code @tauri-apps/api} 2 and {@code tauri-plugin-pytauri-api},
 * and {@link E2eApplication}'s commands: every check the page runs passes, the app ends with the
 * code the page asked for, and no Chromium process is left behind.
 */
class TauriApiPageE2eTests extends WindowedTests {

    private static final List<String> CHECKS = List.of("invoke-args", "invoke-raw-small", "invoke-raw-large",
            "invoke-raw-ranged", "invoke-raw-over-limit", "fetch-invalid-utf8", "invoke-batched",
            "invoke-batched-after-events", "json-proto-key", "invoke-error-string", "invoke-error-object", "invoke-unknown-command", "invoke-bad-args",
            "invoke-deep-args", "invoke-headers", "channel-ordered", "event-java-to-page", "event-once", "event-page-to-java",
            "event-emit-to-label", "pyinvoke", "metadata", "channel-raw", "event-emit-headers", "global-tauri",
            "assets", "iframe", "event-emit-to-second-window", "invoke-abort", "invoke-timeout", "timing");

    @Test
    void thePageFromTheRealNpmPackagesPassesEveryCheckAndTheAppEndsCleanly(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("tauri-api-page", E2eApplication.class, xvfb, dataDir,
                // A list is bound from one property source: both windows are given here.
                "--tauri.app.windows[0].label=main", "--tauri.app.windows[1].label=second",
                "--tauri.app.windows[1].url=second.html", "--tauri.ipc.max-payload-size=16MB")) {
            JsonNode firstIpc = app.awaitReport("firstIpc", Duration.ofSeconds(120));
            JsonNode done = app.awaitReport("done", Duration.ofSeconds(240));
            List<JsonNode> checks = app.assertChecksPassed(CHECKS);
            assertThat(done.get("failed").intValue()).isZero();

            JsonNode timing = checks.get(CHECKS.indexOf("timing"));
            System.out.printf("[e2e] JVM start -> first IPC from the page: %d ms%n",
                    firstIpc.get("millisSinceJvmStart").longValue());
            System.out.printf("[e2e] sequential round trips on one page: %s%n", timing.get("detail").stringValue());

            app.assertExitsWith(42, "the code AppHandle.exit was given");
            assertThat(app.descendants()).as("Chromium's processes while the app ran").isNotEmpty();
            app.assertNoSurvivors();
        }
    }
}
