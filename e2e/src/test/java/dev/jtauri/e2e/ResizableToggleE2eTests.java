package dev.jtauri.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code setResizable} under a real window manager (openbox): the frame is shown again with the
 * change (see {@code SwingWindow.setResizable}), and its content area keeps its size and its place
 * on the screen, both ways, toggled back to back and one step at a time. The page reports its
 * getters once the window holds still; the test checks the X11 window from outside.
 */
class ResizableToggleE2eTests extends ManagedWindowTests {

    private static final String TITLE = "jtauri resizable test";

    private static final Duration STEP = Duration.ofSeconds(60);

    @Test
    void theContentAreaKeepsItsSizeAndPlaceWhenResizableChanges(@TempDir Path dataDir, @TempDir Path acks)
            throws Exception {
        try (AppProcess app = AppProcess.launch("resizable", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].title=" + TITLE, "--tauri.app.windows[0].url=resizable.html",
                "--e2e.ack-dir=" + acks,
                "--tauri.app.security.capability-files=classpath:window-test-capabilities/*.json")) {
            JsonNode placed = awaitCheckpoint(app, "placed");
            X11.Geometry start = awaitWindow().geometry();
            assertThat(start.width() + "x" + start.height()).isEqualTo("700x500");
            assertSeen(placed, start);
            release(acks, "placed");

            for (String step : new String[] { "toggled", "fixed-1", "resizable-1", "fixed-2", "resizable-2" }) {
                JsonNode seen = awaitCheckpoint(app, step);
                // Shown again as a new X window: found by its title.
                X11 window = awaitWindow();
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertThat(window.geometry()).as(step + ": the X11 window").isEqualTo(start));
                assertSeen(seen, start);
                if (step.startsWith("fixed")) {
                    // AWT asks the window manager for a fixed size: minimum and maximum size hints alike.
                    assertThat(X11.run(xvfb, "xprop", "-id", window.id(), "WM_NORMAL_HINTS").output())
                        .contains("program specified minimum size: 700 by 500")
                        .contains("program specified maximum size: 700 by 500");
                }
                release(acks, step);
            }
            app.terminate();
            app.assertExitsWith(143, "SIGTERM");
            app.assertNoSurvivors();
        }
    }

    /** What the page's getters said agrees with the X11 window: its content area's place and size. */
    private static void assertSeen(JsonNode seen, X11.Geometry window) {
        assertThat(seen.get("innerSize").get("width").intValue() + "x" + seen.get("innerSize").get("height").intValue())
            .as("innerSize").isEqualTo(window.width() + "x" + window.height());
        assertThat(seen.get("innerPosition").get("x").intValue() + "," + seen.get("innerPosition").get("y").intValue())
            .as("innerPosition").isEqualTo(window.x() + "," + window.y());
    }

    /** A window the window manager takes on its own time, such as a frame shown again. */
    private static X11 awaitWindow() {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> X11.windowNamed(xvfb, TITLE), (found) -> true);
    }

    private static JsonNode awaitCheckpoint(AppProcess app, String name) throws InterruptedException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode report : app.reports("checkpoint")) {
                String reported = report.get("name").stringValue();
                if (reported.equals("failed")) {
                    throw new AssertionError("The page failed: " + report.get("data"));
                }
                if (reported.equals(name)) {
                    return report.get("data");
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The page did not reach checkpoint " + name + " within " + STEP);
    }

    private static void release(Path acks, String name) throws Exception {
        Files.createFile(acks.resolve(name));
    }
}
