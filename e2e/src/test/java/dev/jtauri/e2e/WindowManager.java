package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Openbox on a test display, so that maximize, minimize, fullscreen, move and close requests
 * are a real window manager's work. Started and stopped by the PID the tests started. Debian's
 * {@code openbox} package, which {@code .ci/run} installs.
 */
final class WindowManager implements AutoCloseable {

    private final Process process;

    private WindowManager(Process process) {
        this.process = process;
    }

    static WindowManager start(XvfbServer xvfb) throws IOException, InterruptedException {
        Path log = Files.createTempFile("openbox", ".log");
        ProcessBuilder builder = new ProcessBuilder("openbox", "--sm-disable")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", xvfb.display());
        Process process = builder.start();
        WindowManager manager = new WindowManager(process);
        // wmctrl answers once a window manager owns the display.
        for (int i = 0; i < 200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("openbox ended at once on display " + xvfb.display() + " (" + xvfb
                    + "): " + Files.readString(log) + "; xdpyinfo says: "
                    + X11.run(xvfb, "xdpyinfo").output().lines().limit(3).toList() + "; environment XAUTHORITY="
                    + System.getenv("XAUTHORITY") + "; sockets " + Files.list(Path.of("/tmp/.X11-unix")).toList());
            }
            if (X11.run(xvfb, "wmctrl", "-m").exitCode() == 0) {
                return manager;
            }
            Thread.sleep(50);
        }
        manager.close();
        throw new IllegalStateException("openbox did not take the display within 10 s: " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        this.process.destroy();
        if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
            this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
