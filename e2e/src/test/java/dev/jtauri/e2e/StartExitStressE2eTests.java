package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real app started and ended many times in a row while another process keeps a core busy, as
 * users start and quit it: every start must reach the page, every end must end the process with
 * its code, and no run may crash, hang or leave a Chromium process. The runs take turns among
 * the ways an app ends: {@code AppHandle.exit}, its last window closed, and SIGTERM.
 */
class StartExitStressE2eTests extends WindowedTests {

    private static final int RUNS = 21;

    private Process busy;

    @BeforeEach
    void keepACoreBusy() throws IOException {
        this.busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
    }

    @AfterEach
    void stopTheBusyProcess() throws InterruptedException {
        this.busy.destroyForcibly().waitFor();
    }

    @Test
    void startingAndEndingTheAppManyTimesUnderLoadNeverCrashesHangsOrLeavesChromium(@TempDir Path dataDir)
            throws Exception {
        List<String> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            String how = List.of("exit", "window", "signal").get(run % 3);
            long start = System.nanoTime();
            try (AppProcess app = AppProcess.launch("stress-" + run, E2eApplication.class, xvfb, dataDir,
                    "--tauri.app.windows[0].url=exit.html?how=" + (how.equals("signal") ? "none" : how))) {
                app.awaitReport("firstIpc", Duration.ofSeconds(120));
                if (how.equals("signal")) {
                    app.terminate();
                }
                app.assertExitsWith(exitCode(how), "run " + run + ", ended by " + how);
                app.assertNoCrashReport();
                // Its queries answered before its browser closed, none is left for CEF to cancel
                // as it destroys the browser, a path of JCEF's that once aborted the process.
                assertThat(app.logText()).as("run %d's log", run).doesNotContain("CEF cancelled query");
                app.assertNoSurvivors();
            }
            runs.add(how + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        System.out.println("[e2e] start/exit runs under load: " + runs);
        assertThat(runs).hasSize(RUNS);
    }

    private static int exitCode(String how) {
        return switch (how) {
            case "exit" -> 3;
            case "window" -> 0;
            default -> 128 + 15;
        };
    }
}
