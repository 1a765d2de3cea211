package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.testapps.slow.SlowStartApplication;
import dev.jtauri.webview.jcef.AdoptCloseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window opens as soon as CEF is ready, not once the Spring context is: an app whose context
 * takes seconds shows its page meanwhile, and the invokes that page sends at once (JSON over
 * cefQuery, a raw body over fetch, an unknown command) wait for the runtime and are each answered.
 */
class EarlyWindowE2eTests extends ManagedWindowTests {

    @Test
    void thePageRunsBeforeTheContextIsReadyAndItsEarlyInvokesAreAnswered(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("early-window", SlowStartApplication.class, xvfb, dataDir)) {
            long contextReadyAt = app.awaitReport("contextReady", Duration.ofSeconds(120)).get("at").longValue();
            JsonNode page = app.awaitReport("page", Duration.ofSeconds(60)).get("page");
            app.assertExitsWith(0, "the page's report ended the app");
            assertThat(page.get("firstScriptAt").longValue()).as("the page ran before the context was ready")
                .isLessThan(contextReadyAt);
            JsonNode results = page.get("results");
            assertThat(results.get(0).get("ok").stringValue()).isEqualTo("first");
            assertThat(results.get(1).get("ok").stringValue()).isEqualTo("second");
            assertThat(results.get(2).get("ok").intValue()).isEqualTo(256 * 1024);
            assertThat(results.get(3).get("error").stringValue()).contains("unknown command 'nope'");
            app.assertNoCrashReport();
        }
    }

    @Test
    void closingTheWindowBeforeTheContextIsReadyEndsTheAppOnceItIs(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("early-window-closed", SlowStartApplication.class, xvfb, dataDir)) {
            long slowBeanStartedAt = awaitWindowWhileStarting(app);
            X11.windowNamed(xvfb, SlowStartApplication.TITLE).requestClose();
            await().atMost(Duration.ofSeconds(30)).until(() -> !X11.shows(xvfb, SlowStartApplication.TITLE));
            assertThat(System.currentTimeMillis()).as("closed while the context was starting")
                .isLessThan(slowBeanStartedAt + SlowStartApplication.SLOW_BEAN_MILLIS);
            app.assertExitsWith(0, "the only window closed");
            assertThat(app.reports("page")).as("a page that ran on after its window closed").isEmpty();
            app.assertNoSurvivors();
        }
    }

    @Test
    void aSignalWhileTheContextIsStartingEndsTheAppWithItsCode(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("early-window-signal", SlowStartApplication.class, xvfb, dataDir)) {
            long slowBeanStartedAt = awaitWindowWhileStarting(app);
            app.terminate();
            assertThat(System.currentTimeMillis()).as("signalled while the context was starting")
                .isLessThan(slowBeanStartedAt + SlowStartApplication.SLOW_BEAN_MILLIS);
            app.assertExitsWith(143, "SIGTERM");
            assertThat(app.reports("page")).as("a page that ran on after the signal").isEmpty();
            app.assertNoCrashReport();
            app.assertNoSurvivors();
        }
    }

    @Test
    void aWindowOpenedEarlyThatClosesWhileTheAppAdoptsItEndsTheApp(@TempDir Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.launch("early-window-closed-adopting", AdoptCloseApplication.class, xvfb,
                dataDir, "--tauri.app.windows[0].url=plain.html")) {
            JsonNode probe = app.awaitReport("adoptProbe", Duration.ofSeconds(120));
            assertThat(probe.get("frames").intValue()).as("windows opened early and adopted").isEqualTo(1);
            assertThat(probe.get("closedWhileAdopting").booleanValue()).isTrue();
            app.assertExitsWith(0, "the only window closed as the app adopted it");
            app.assertNoCrashReport();
            app.assertNoSurvivors();
        }
    }

    /**
     * Wait until the app's slow bean holds its context and its window shows.
     * @return when the slow bean started
     */
    private long awaitWindowWhileStarting(AppProcess app) throws InterruptedException {
        long slowBeanStartedAt = app.awaitReport("slowBeanStarted", Duration.ofSeconds(120)).get("at").longValue();
        await().atMost(Duration.ofSeconds(60)).until(() -> X11.shows(xvfb, SlowStartApplication.TITLE));
        return slowBeanStartedAt;
    }
}
