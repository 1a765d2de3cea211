package dev.jtauri.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.jtauri.sample.SampleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app as a user runs it, its own page driven in its own window by {@link SampleDriver}:
 * every feature the page shows works, Quit ends the process with code 0, and no Chromium
 * process is left.
 */
class SampleE2eTests extends WindowedTests {

    private static final List<String> CHECKS = List.of("greet", "command-error-with-code", "async-command",
            "state-and-events", "channel-progress", "raw-bytes", "seed-background-clock", "seed-to-sync-listener",
            "seed-to-async-blocking-task", "seed-raw-portal", "screenshot", "window-title", "window-size",
            "settings-window", "close-confirmation");

    @Test
    void theSamplesPageWorksInItsWindowAndQuitEndsTheApp(@TempDir Path dataDir) throws Exception {
        Path screenshot = Path.of("target", "e2e-logs", "sample.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        try (AppProcess app = AppProcess.launch("sample", SampleApplication.class, xvfb, dataDir,
                "--spring.main.sources=" + SampleDriver.class.getName(), "--e2e.screenshot=" + screenshot)) {
            app.awaitReport("done", Duration.ofSeconds(180));
            app.assertChecksPassed(CHECKS);
            assertThat(screenshot).isNotEmptyFile();

            app.assertExitsWith(0, "Quit");
            app.assertNoSurvivors();
        }
    }
}
