package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import dev.jtauri.webview.jcef.LoadProbeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that goes away with 1000 calls and a stream of megabyte messages in flight, by a reload,
 * a navigation, then its window's close: each time its calls are called off, its stream stops,
 * and the window holds nothing for it (no query, call, ticket, queued message or listener); the
 * page after it works; and the close ends the app at once, with no Chromium process left.
 */
class PageGoneUnderLoadE2eTests extends WindowedTests {

    private static final Pattern APP_PROBLEM = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(WARN|ERROR) ");

    @Test
    void aPageThatGoesAwayUnderLoadLeavesNothingBehindAndItsWindowClosesAtOnce(@TempDir Path dataDir)
            throws Exception {
        try (AppProcess app = AppProcess.launch("page-gone", LoadProbeApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].url=gone.html")) {
            JsonNode loaded = app.awaitNamed("load", "loaded", Duration.ofSeconds(120));
            assertThat(loaded.get("load").get("runningCalls").intValue()).as("calls in flight before the reload")
                .isGreaterThanOrEqualTo(1000);
            assertClean(app.awaitNamed("load", "afterReload", Duration.ofSeconds(60)), 1);
            assertClean(app.awaitNamed("load", "afterNavigate", Duration.ofSeconds(60)), 2);
            long closing = app.awaitNamed("load", "closing", Duration.ofSeconds(60)).get("at").longValue();

            app.assertExitsWith(0, "the only window closed");
            long exitMillis = System.currentTimeMillis() - closing;
            System.out.printf("[e2e] page gone under load: the app ended %d ms after its window was asked to close, "
                    + "with 1000 calls and a stream in flight%n", exitMillis);
            assertThat(exitMillis).as("ms from the close to the process's end").isLessThan(2_000);
            assertThat(app.reports("streamStopped")).as("streams stopped by their page going").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy((report) -> assertThat(report.get("why").stringValue()).containsAnyOf("is gone", "interrupted"));
            // The app's own log lines (Chromium's, about D-Bus and the GPU, are its own business).
            List<String> problems = app.logText().lines()
                .filter((line) -> APP_PROBLEM.matcher(line).find() || line.startsWith("Caused by:")
                        || line.startsWith("Exception in thread"))
                .toList();
            assertThat(problems).as("warnings, errors and exceptions in the app's log").isEmpty();
            app.assertNoCrashReport();
            app.assertNoSurvivors();
        }
    }

    /** What the page after the one that went saw: a window that holds nothing for the old one. */
    private static void assertClean(JsonNode seen, int pagesGone) {
        JsonNode load = seen.get("load");
        assertThat(load.get("runningCalls").intValue()).as("calls in flight, the one asking included: " + seen)
            .isLessThanOrEqualTo(1);
        assertThat(load.get("tickets").intValue()).as("tickets").isZero();
        assertThat(load.get("ticketBytes").longValue()).as("ticket bytes").isZero();
        assertThat(load.get("pendingQueries").intValue()).as("queries waiting, the one asking included").isLessThanOrEqualTo(1);
        assertThat(seen.get("oldListener").booleanValue()).as("a listener of the page that went").isFalse();
        assertThat(seen.get("greeting").stringValue()).isEqualTo("Hello, round " + (pagesGone + 1) + "!");
        assertThat(seen.get("calledOff").get("interrupted").intValue()).as("slow calls called off as their page went")
            .isEqualTo(1000 * pagesGone);
        assertThat(seen.get("calledOff").get("completed").intValue()).as("slow calls of a page that went, run to their end")
            .isZero();
        assertThat(seen.get("calledOff").get("streamsStopped").intValue()).isGreaterThanOrEqualTo(pagesGone);
    }
}
