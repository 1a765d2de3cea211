package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real window as X11 sees it, through Debian's {@code xdotool}, {@code wmctrl},
 * {@code xwininfo} and {@code xprop}: what the tests assert against, from outside the app.
 */
final class X11 {

    private static final Pattern GEOMETRY = Pattern.compile(
            "Absolute upper-left X:\\s+(-?\\d+).*Absolute upper-left Y:\\s+(-?\\d+).*Width:\\s+(\\d+).*Height:\\s+(\\d+)",
            Pattern.DOTALL);

    private final XvfbServer xvfb;

    private final String windowId;

    private X11(XvfbServer xvfb, String windowId) {
        this.xvfb = xvfb;
        this.windowId = windowId;
    }

    /**
     * The one window the window manager shows with exactly this title, from its client list
     * ({@code wmctrl -l}): a list the window manager keeps, where a search of the whole window
     * tree could trip over a window that goes away meanwhile.
     */
    static X11 windowNamed(XvfbServer xvfb, String title) throws IOException, InterruptedException {
        Result list = run(xvfb, "wmctrl", "-l");
        List<String> ids = list.output().lines()
            .map((line) -> line.split("\\s+", 4))
            .filter((fields) -> fields.length == 4 && fields[3].equals(title))
            .map((fields) -> fields[0])
            .toList();
        if (list.exitCode() != 0 || ids.size() != 1) {
            throw new AssertionError("Expected one window titled '" + title + "', found " + ids + " in " + list);
        }
        return new X11(xvfb, ids.get(0));
    }

    /**
     * The one window with exactly this title, mapped or not, found by a search of the window tree
     * ({@code xdotool search}): for a window the window manager does not list, such as a hidden one.
     */
    static X11 windowTitled(XvfbServer xvfb, String title) throws IOException, InterruptedException {
        Result search = run(xvfb, "xdotool", "search", "--name",
                "^" + title.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
        List<String> ids = search.output().lines().filter((line) -> line.matches("\\d+")).toList();
        if (ids.size() != 1) {
            throw new AssertionError("Expected one window titled '" + title + "', found " + ids + ": " + search);
        }
        return new X11(xvfb, "0x" + Long.toHexString(Long.parseLong(ids.get(0))));
    }

    /** Whether the window manager shows a window with exactly this title. */
    static boolean shows(XvfbServer xvfb, String title) throws IOException, InterruptedException {
        return run(xvfb, "wmctrl", "-l").output().lines()
            .map((line) -> line.split("\\s+", 4))
            .anyMatch((fields) -> fields.length == 4 && fields[3].equals(title));
    }

    String id() {
        return this.windowId;
    }

    String name() throws IOException, InterruptedException {
        return run(this.xvfb, "xdotool", "getwindowname", this.windowId).output().trim();
    }

    /** The client area: its top-left corner on the screen and its size. */
    Geometry geometry() throws IOException, InterruptedException {
        String info = run(this.xvfb, "xwininfo", "-id", this.windowId).output();
        Matcher matcher = GEOMETRY.matcher(info);
        if (!matcher.find()) {
            throw new AssertionError("xwininfo gave no geometry: " + info);
        }
        return new Geometry(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
    }

    /** The window manager's {@code _NET_WM_STATE} atoms of the window, such as {@code _NET_WM_STATE_MAXIMIZED_VERT}. */
    String netWmState() throws IOException, InterruptedException {
        return run(this.xvfb, "xprop", "-id", this.windowId, "_NET_WM_STATE").output();
    }

    /**
     * The decorations the window asks for in its Motif hints (flags, functions, decorations,
     * ...): 0 for none, as AWT sets for an undecorated frame.
     */
    long motifDecorations() throws IOException, InterruptedException {
        String hints = run(this.xvfb, "xprop", "-id", this.windowId, "_MOTIF_WM_HINTS").output();
        String[] values = hints.substring(hints.indexOf('=') + 1).split(",");
        if (values.length < 3) {
            throw new AssertionError("No Motif hints: " + hints);
        }
        return Long.decode(values[2].trim());
    }

    /** Ask the window manager to close the window, as its close button does. */
    void requestClose() throws IOException, InterruptedException {
        Result result = run(this.xvfb, "wmctrl", "-i", "-c", this.windowId);
        if (result.exitCode() != 0) {
            throw new AssertionError("wmctrl could not close the window: " + result);
        }
    }

    boolean exists() throws IOException, InterruptedException {
        return run(this.xvfb, "xwininfo", "-id", this.windowId).exitCode() == 0;
    }

    static Result run(XvfbServer xvfb, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", xvfb.display());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }

    record Geometry(int x, int y, int width, int height) {
    }
}
