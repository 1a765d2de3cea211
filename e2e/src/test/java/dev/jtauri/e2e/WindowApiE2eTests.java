package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;

/**
 * The window API of {@code @tauri-apps/api/window}, from a page bundled from the real package,
 * against a real window manager (openbox): the page acts and reports what its getters and events
 * say; the test checks the same window from outside, through X11, at each checkpoint. What the
 * page may do comes from a Tauri capability file.
 */
class WindowApiE2eTests extends ManagedWindowTests {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Test
    void thePageDrivesTheRealWindowAndTheWindowManagerShowsEveryChange(@TempDir Path dataDir, @TempDir Path acks)
            throws Exception {
        try (AppProcess app = AppProcess.launch("window-api", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].title=jtauri window test", "--tauri.app.windows[0].url=window.html",
                "--tauri.app.windows[0].width=800", "--tauri.app.windows[0].height=600", "--e2e.ack-dir=" + acks,
                // A Tauri capability file, loaded unchanged: setters granted one by one, one denied.
                "--tauri.app.security.capability-files=classpath:window-test-capabilities/*.json")) {
            Steps steps = new Steps(app, acks);

            JsonNode ready = steps.await("ready");
            X11 window = X11.windowNamed(xvfb, "jtauri window test");
            X11.Geometry start = window.geometry();
            assertThat(ready.get("label").stringValue()).isEqualTo("main");
            assertThat(ready.get("windows").toString()).isEqualTo("[\"main\"]");
            assertThat(ready.get("scaleFactor").doubleValue()).isEqualTo(1.0);
            assertThat(size(ready.get("innerSize"))).isEqualTo(start.width() + "x" + start.height());
            assertThat(position(ready.get("innerPosition"))).isEqualTo(start.x() + "," + start.y());
            assertThat(ready.get("monitors").get(0).get("size").toString()).isEqualTo("{\"width\":1280,\"height\":1024}");
            assertThat(ready.get("current").get("scaleFactor").doubleValue()).isEqualTo(1.0);
            assertThat(ready.get("decorated").booleanValue()).isTrue();
            assertThat(ready.get("visible").booleanValue()).isTrue();
            assertThat(ready.get("sep").stringValue()).isEqualTo("/");
            assertThat(ready.get("delimiter").stringValue()).isEqualTo(":");
            steps.release("ready");

            JsonNode titled = steps.await("titled");
            assertThat(titled.get("title").stringValue()).isEqualTo("jtauri window renamed");
            eventually(() -> assertThat(window.name()).isEqualTo("jtauri window renamed"));
            steps.release("titled");

            JsonNode resized = steps.await("resized");
            eventually(() -> assertThat(window.geometry()).extracting(X11.Geometry::width, X11.Geometry::height).containsExactly(640, 480));
            assertThat(size(resized.get("innerSize"))).isEqualTo("640x480");
            assertThat(resized.get("events").get("resize").intValue()).isPositive();
            steps.release("resized");

            JsonNode moved = steps.await("moved");
            X11.Geometry afterMove = window.geometry();
            assertThat(position(moved.get("innerPosition"))).isEqualTo(afterMove.x() + "," + afterMove.y());
            assertThat(position(moved.get("outerPosition"))).isEqualTo("120,90");
            assertThat(moved.get("events").get("move").intValue()).isPositive();
            steps.release("moved");

            JsonNode maximized = steps.await("maximized");
            eventually(() -> assertThat(window.netWmState()).contains("_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ"));
            eventually(() -> assertThat(window.geometry().width()).isGreaterThan(1200));
            assertThat(maximized.get("innerSize").get("width").intValue()).isEqualTo(window.geometry().width());
            steps.release("maximized");

            steps.await("unmaximized");
            eventually(() -> assertThat(window.netWmState()).doesNotContain("_NET_WM_STATE_MAXIMIZED_VERT"));
            eventually(() -> assertThat(window.geometry()).extracting(X11.Geometry::width, X11.Geometry::height).containsExactly(640, 480));
            steps.release("unmaximized");

            steps.await("fullscreen");
            eventually(() -> assertThat(window.netWmState()).contains("_NET_WM_STATE_FULLSCREEN"));
            eventually(() -> assertThat(window.geometry()).extracting(X11.Geometry::width, X11.Geometry::height)
                .containsExactly(1280, 1024));
            steps.release("fullscreen");

            steps.await("on-top");
            eventually(() -> assertThat(window.netWmState()).contains("_NET_WM_STATE_ABOVE"));
            steps.release("on-top");

            JsonNode undecorated = steps.await("undecorated");
            assertThat(undecorated.get("decorated").booleanValue()).isFalse();
            assertThat(size(undecorated.get("innerSize"))).as("the content area, without borders").isEqualTo("640x480");
            // Shown again as a new X window: found by its title.
            X11 undecoratedWindow = awaitWindow("jtauri window renamed");
            eventually(() -> assertThat(undecoratedWindow.motifDecorations()).isZero());
            steps.release("undecorated");

            JsonNode decorated = steps.await("decorated");
            assertThat(decorated.get("decorated").booleanValue()).isTrue();
            assertThat(size(decorated.get("innerSize"))).as("the content area, with borders again").isEqualTo("640x480");
            X11 decoratedWindow = awaitWindow("jtauri window renamed");
            eventually(() -> assertThat(decoratedWindow.motifDecorations()).isNotZero());
            steps.release("decorated");

            steps.await("minimized");
            eventually(() -> assertThat(decoratedWindow.netWmState()).contains("_NET_WM_STATE_HIDDEN"));
            steps.release("minimized");

            JsonNode unsupported = steps.await("unsupported");
            assertThat(unsupported.get("skipTaskbar").stringValue()).isEqualTo("setSkipTaskbar is not supported on linux");
            steps.release("unsupported");

            JsonNode permissions = steps.await("permissions");
            assertThat(permissions.get("notGranted").stringValue()).isEqualTo("plugin:window|set_cursor_grab is not "
                    + "allowed in window 'main': it needs the permission core:window:allow-set-cursor-grab");
            assertThat(permissions.get("denied").stringValue()).isEqualTo("plugin:window|set_always_on_bottom is denied "
                    + "in window 'main' by core:window:deny-set-always-on-bottom (capability 'window-test', "
                    + "classpath:window-test-capabilities/window.json)");
            assertThat(permissions.get("appName").isNull()).as("core:default allows the app's version").isTrue();
            steps.release("permissions");

            steps.await("window-hidden");
            X11 framedWindow = X11.windowTitled(xvfb, "jtauri window renamed");
            eventually(() -> assertThat(X11.run(xvfb, "xwininfo", "-id", framedWindow.id()).output())
                .contains("Map State: IsUnMapped"));
            steps.release("window-hidden");
            JsonNode notResizable = steps.await("not-resizable");
            // Shown again with the change, as a new X window (see SwingWindow.setResizable).
            X11 fixedSize = awaitWindow("jtauri window renamed");
            assertThat(notResizable.get("resizable").booleanValue()).isFalse();
            // AWT asks the window manager for a fixed size: minimum and maximum size hints alike.
            eventually(() -> assertThat(X11.run(xvfb, "xprop", "-id", fixedSize.id(), "WM_NORMAL_HINTS").output())
                .contains("program specified minimum size: 640 by 480").contains("program specified maximum size: 640 by 480"));
            steps.release("not-resizable");
            JsonNode setters = steps.await("setters");
            // Resizable again: shown again as a new X window.
            X11 shownWindow = awaitWindow("jtauri window renamed");
            assertThat(size(setters.get("withMin"))).isEqualTo("500x400");
            assertThat(size(setters.get("withMax"))).isEqualTo("700x520");
            assertThat(setters.get("centered").get("x").intValue())
                .isCloseTo((1280 - setters.get("outerSize").get("width").intValue()) / 2, offset(1));
            assertThat(size(setters.get("afterResizable").get("inner"))).isEqualTo("640x480");
            assertThat(setters.get("afterResizable").get("outer").get("height").intValue())
                .as("the frame's height with its title bar, after setResizable").isGreaterThan(480);
            assertThat(setters.get("setFocus").isNull()).as("setFocus() accepted").isTrue();
            assertThat(setters.get("cursorHidden").stringValue()).isEqualTo("none");
            assertThat(setters.get("theme").stringValue()).isEqualTo("dark");
            assertThat(setters.get("themes").toString()).isEqualTo("[\"dark\",\"light\"]");
            assertThat(setters.get("disabled").booleanValue()).isTrue();
            assertThat(setters.get("storageAfterClear").isNull()).as("local storage after clearAllBrowsingData").isTrue();
            assertThat(setters.get("iconSize").toString()).isEqualTo("{\"width\":2,\"height\":2}");
            assertThat(setters.get("iconPixels").toString()).isEqualTo("[255,0,0,255]");
            eventually(() -> assertThat(X11.run(xvfb, "xprop", "-id", shownWindow.id(), "_NET_WM_ICON").output())
                .contains("Icon (2 x 2)"));
            assertThat(setters.get("appDataDir").stringValue())
                .endsWith("/.local/share/dev.jtauri.e2e").isEqualTo(expectedAppDataDir());
            assertThat(setters.get("joined").stringValue()).isEqualTo("a/b/c.txt");
            assertThat(setters.get("base").stringValue()).isEqualTo("z");
            assertThat(setters.get("resource").stringValue()).endsWith("/data.json");
            assertThat(setters.get("name").stringValue()).isEqualTo("jtauri-e2e");
            assertThat(setters.get("identifier").stringValue()).isEqualTo("dev.jtauri.e2e");
            assertThat(setters.get("tauriVersion").stringValue()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(setters.get("version").stringValue()).isNotBlank();
            steps.release("setters");

            JsonNode dragReady = steps.await("drag-ready");
            int pressX = dragReady.get("press").get("x").intValue();
            int pressY = dragReady.get("press").get("y").intValue();
            mouse("mousemove", String.valueOf(pressX), String.valueOf(pressY));
            mouse("mousedown", "1");
            // The drag follows the pointer from where it is when the drag starts.
            try {
                eventually(() -> assertThat(app.logText()).contains("Dragging a window with the pointer from"));
            }
            catch (AssertionError | RuntimeException ex) {
                throw new AssertionError("The press on the drag region started no drag. Pointer: "
                        + X11.run(xvfb, "xdotool", "getmouselocation", "--shell").output() + "Window tree: "
                        + X11.run(xvfb, "xwininfo", "-tree", "-id", shownWindow.id()).output() + "Frame: "
                        + X11.run(xvfb, "xwininfo", "-frame", "-id", shownWindow.id()).output(), ex);
            }
            for (int step = 1; step <= 10; step++) {
                mouse("mousemove", String.valueOf(pressX + 10 * step), String.valueOf(pressY + 5 * step));
                Thread.sleep(30);
            }
            mouse("mouseup", "1");
            eventually(() -> assertThat(app.logText()).contains("The drag ended"));
            steps.release("drag-ready");
            JsonNode dragged = steps.await("dragged");
            JsonNode dragStart = dragReady.get("innerPosition");
            assertThat(position(dragged.get("innerPosition")))
                .isEqualTo((dragStart.get("x").intValue() + 100) + "," + (dragStart.get("y").intValue() + 50));
            X11.Geometry afterDrag = shownWindow.geometry();
            assertThat(position(dragged.get("innerPosition"))).isEqualTo(afterDrag.x() + "," + afterDrag.y());
            Thread.sleep(600);
            mouse("mousemove", String.valueOf(pressX + 100), String.valueOf(pressY + 50));
            mouse("click", "--repeat", "2", "--delay", "100", "1");
            steps.release("dragged");
            steps.await("double-clicked");
            eventually(() -> assertThat(shownWindow.netWmState()).contains("_NET_WM_STATE_MAXIMIZED_VERT"));
            steps.release("double-clicked");

            JsonNode windows = steps.await("windows");
            assertThat(windows.get("labels").toString()).isEqualTo("[\"from-java\",\"main\",\"settings\"]");
            assertThat(windows.get("created").toString()).isEqualTo("[\"from-java\",\"settings\"]");
            assertThat(windows.get("duplicate").stringValue()).isEqualTo("A window labelled 'settings' already exists");
            assertThat(size(windows.get("settingsSize"))).isEqualTo("420x300");
            assertThat(windows.get("settingsResizable").booleanValue()).isFalse();
            assertThat(windows.get("fromJava").stringValue()).isEqualTo("jtauri from java");
            X11 settings = X11.windowNamed(xvfb, "jtauri settings");
            eventually(() -> assertThat(settings.geometry()).extracting(X11.Geometry::width, X11.Geometry::height)
                .containsExactly(420, 300));
            X11 fromJava = X11.windowNamed(xvfb, "jtauri from java");
            eventually(() -> assertThat(fromJava.geometry()).extracting(X11.Geometry::width, X11.Geometry::height)
                .containsExactly(300, 200));
            steps.release("windows");

            JsonNode hidden = steps.await("hidden");
            assertThat(hidden.get("visible").booleanValue()).isFalse();
            await().atMost(STEP).until(() -> app.reports("check").stream()
                .anyMatch((check) -> check.get("name").stringValue().equals("hidden-page-loaded")));
            assertThat(X11.shows(xvfb, "jtauri hidden")).as("a window opened hidden, whose page has loaded").isFalse();
            assertThat(X11.run(xvfb, "wmctrl", "-l").output()).as("the windows the window manager shows")
                .contains("jtauri window renamed", "jtauri settings", "jtauri from java")
                .doesNotContain("hidden");
            steps.release("hidden");
            steps.await("shown");
            X11.windowNamed(xvfb, "jtauri hidden");
            steps.release("shown");

            JsonNode closed = steps.await("windows-closed");
            assertThat(closed.get("labels").toString()).isEqualTo("[\"main\"]");
            eventually(() -> assertThat(settings.exists()).isFalse());
            eventually(() -> assertThat(fromJava.exists()).isFalse());
            steps.release("windows-closed");

            JsonNode dropReady = steps.await("drop-ready");
            Path droppedFile = Files.writeString(acks.resolve("dragged.txt"), "a file from another app");
            try (DragSource source = DragSource.start(xvfb, droppedFile, 1000, 820)) {
                int centerX = dropReady.get("center").get("x").intValue();
                int centerY = dropReady.get("center").get("y").intValue();
                mouse("mousemove", "1100", "880");
                mouse("mousedown", "1");
                for (int step = 1; step <= 20; step++) {
                    mouse("mousemove", String.valueOf(1100 + (centerX - 1100) * step / 20),
                            String.valueOf(880 + (centerY - 880) * step / 20));
                    Thread.sleep(40);
                }
                Thread.sleep(300);
                mouse("mouseup", "1");
                steps.release("drop-ready");
                JsonNode dropped = steps.await("dropped");
                assertThat(dropped.get("types").toString()).startsWith("[\"enter\"").endsWith("\"drop\"]");
                assertThat(dropped.get("paths").toString()).isEqualTo("[\"" + droppedFile + "\"]");
                assertThat(dropped.get("enterPaths").toString()).isEqualTo("[\"" + droppedFile + "\"]");
                int dropX = dropped.get("position").get("x").intValue();
                int dropY = dropped.get("position").get("y").intValue();
                assertThat(dropX).isBetween(0, dropped.get("size").get("width").intValue());
                assertThat(dropY).isBetween(0, dropped.get("size").get("height").intValue());
                await().atMost(Duration.ofSeconds(10)).until(() -> source.output().contains("dropped 1"));
                steps.release("dropped");
            }


            steps.await("ready-to-close");
            steps.release("ready-to-close");
            shownWindow.requestClose();
            JsonNode held = steps.await("close-held");
            assertThat(held.get("closeRequests").intValue()).isEqualTo(1);
            Thread.sleep(500);
            assertThat(shownWindow.exists()).as("the window, while the page holds its close").isTrue();
            steps.release("close-held");
            shownWindow.requestClose();
            app.assertExitsWith(0, "the last window closed");
            app.assertNoSurvivors();
        }
    }

    /**
     * X11 and the window manager apply a change on their own time (a property is flushed, a
     * state is set by openbox): what the test sees from outside may follow the app's getters.
     */
    private static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(assertion);
    }

    /** A window the window manager takes on its own time, such as a frame shown again. */
    private static X11 awaitWindow(String title) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
            .until(() -> X11.windowNamed(xvfb, title), (found) -> true);
    }

    /** {@link FileDragSource} in a JVM of its own, on the test display. */
    private record DragSource(Process process, StringBuffer lines) implements AutoCloseable {

        static DragSource start(XvfbServer xvfb, Path file, int x, int y) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FileDragSource.class.getName(), file.toString(),
                    String.valueOf(x), String.valueOf(y)).redirectErrorStream(true);
            builder.environment().put("DISPLAY", xvfb.display());
            DragSource source = new DragSource(builder.start(), new StringBuffer());
            Thread reader = new Thread(() -> {
                try (var in = source.process().inputReader()) {
                    in.lines().forEach((line) -> source.lines().append(line).append('\n'));
                }
                catch (IOException ex) {
                    // it ended
                }
            }, "drag-source-output");
            reader.setDaemon(true);
            reader.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> source.output().contains("ready"));
            await().atMost(Duration.ofSeconds(10)).until(() -> X11.shows(xvfb, "jtauri drag source"));
            return source;
        }

        String output() {
            return this.lines.toString();
        }

        @Override
        public void close() throws Exception {
            this.process.destroy();
            if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
            }
        }
    }

    /** Where the app's data folder is for this user: XDG_DATA_HOME, else ~/.local/share, plus the identifier. */
    private static String expectedAppDataDir() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        String base = (dataHome != null && !dataHome.isBlank()) ? dataHome : System.getProperty("user.home") + "/.local/share";
        return base + "/dev.jtauri.e2e";
    }

    private static void mouse(String... xdotool) throws Exception {
        String[] command = new String[xdotool.length + 1];
        command[0] = "xdotool";
        System.arraycopy(xdotool, 0, command, 1, xdotool.length);
        assertThat(X11.run(xvfb, command).exitCode()).as(String.join(" ", command)).isZero();
    }

    private static String size(JsonNode size) {
        return size.get("width").intValue() + "x" + size.get("height").intValue();
    }

    private static String position(JsonNode position) {
        return position.get("x").intValue() + "," + position.get("y").intValue();
    }

    /** The page's checkpoints: each awaited as a report, each released by a file. */
    private record Steps(AppProcess app, Path acks) {

        JsonNode await(String name) throws InterruptedException {
            long deadline = System.nanoTime() + STEP.toNanos();
            while (System.nanoTime() < deadline) {
                for (JsonNode report : this.app.reports("checkpoint")) {
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

        void release(String name) throws Exception {
            Files.createFile(this.acks.resolve(name));
        }
    }
}
