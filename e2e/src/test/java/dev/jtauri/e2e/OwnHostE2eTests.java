package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.testapps.ownhost.OwnHostApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app with a window host of its own: CEF starts as the context is prepared, before the host
 * is known, and is disposed once the context shows that jtauri's host is not the app's, so the
 * app ends with its own host's code and leaves no Chromium process.
 */
class OwnHostE2eTests extends WindowedTests {

    @Test
    void theCefStartedBeforeTheAppsOwnHostWasKnownDoesNotOutliveTheStartup(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("own-host", OwnHostApplication.class, xvfb, dataDir)) {
            JsonNode started = app.awaitReport("cefStarted", Duration.ofSeconds(120));
            assertThat(started.get("state").stringValue()).isEqualTo("INITIALIZED");
            app.awaitReport("ownHostOpened", Duration.ofSeconds(60));
            app.assertExitsWith(4, "the app's own host's code");
            assertThat(app.logText()).as("CEF shut down before the JVM ended").contains("CEF terminated");
            app.assertNoCrashReport();
            app.assertReportedChromiumEnded(started);
        }
    }
}
