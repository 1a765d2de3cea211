package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.jtauri.testapps.broken.BrokenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An app whose startup fails after CEF started early (one of its commands cannot be served):
 * it says why, shuts CEF down (rather than leave Chromium to die with the JVM, its profile
 * unflushed), exits with a code that is not zero, and leaves no Chromium process.
 */
class StartupFailureE2eTests extends WindowedTests {

    @Test
    void aStartupThatFailsAfterCefStartedEndsTheProcessAndCef(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("startup-failure", BrokenApplication.class, xvfb, dataDir)) {
            JsonNode started = app.awaitReport("cefStarted", Duration.ofSeconds(120));
            assertThat(started.get("state").stringValue()).isEqualTo("INITIALIZED");
            List<Long> chromium = started.get("chromiumPids").valueStream().map(JsonNode::longValue).toList();
            assertThat(chromium).as("Chromium's processes while the app started").isNotEmpty();
            app.assertExitsWith(1, "a failed startup");
            assertThat(app.logText()).contains("A jtauri method cannot be served as declared")
                .contains("twoBodies")
                .as("CEF shut down before the JVM ended").contains("CEF terminated");
            app.assertNoCrashReport();
            // They get a few seconds to go, as after any exit.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(chromium)
                .as("Chromium's processes left after the app exited")
                .noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
        }
    }
}
