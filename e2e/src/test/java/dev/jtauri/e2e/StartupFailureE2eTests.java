package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.testapps.broken.BrokenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

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
            app.assertExitsWith(1, "a failed startup");
            assertThat(app.logText()).contains("A jtauri method cannot be served as declared")
                .contains("twoBodies")
                .as("CEF shut down before the JVM ended").contains("CEF terminated");
            app.assertNoCrashReport();
            app.assertReportedChromiumEnded(started);
        }
    }
}
