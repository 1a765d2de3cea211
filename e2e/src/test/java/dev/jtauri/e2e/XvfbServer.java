package dev.jtauri.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private X server for the tests' windows, started on a free display and stopped (by the PID
 * the tests started) when closed. Xvfb comes from Debian's {@code xvfb} package, which
 * {@code .ci/run} installs.
 */
final class XvfbServer implements AutoCloseable {

    private final int display;

    private final Process process;

    private XvfbServer(int display, Process process) {
        this.display = display;
        this.process = process;
    }

    static XvfbServer start() throws IOException, InterruptedException {
        if (!onPath("Xvfb")) {
            throw new IllegalStateException("Xvfb is not installed; the end-to-end tests need it: apt-get install -y xvfb");
        }
        for (int display = 90; display < 190; display++) {
            if (Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
                continue;
            }
            Path log = Files.createTempFile("xvfb-" + display, ".log");
            Process process = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            Path socket = Path.of("/tmp/.X11-unix/X" + display);
            for (int i = 0; i < 100 && process.isAlive() && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            if (process.isAlive() && Files.exists(socket)) {
                return new XvfbServer(display, process);
            }
            process.destroyForcibly();
        }
        throw new IllegalStateException("Could not start Xvfb on any display from :90 to :189");
    }

    String display() {
        return ":" + this.display;
    }

    @Override
    public void close() throws InterruptedException {
        this.process.destroy();
        if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
            this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
