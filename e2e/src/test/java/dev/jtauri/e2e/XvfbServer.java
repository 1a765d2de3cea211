package dev.jtauri.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A private X server for the tests' windows, on a display it picks, stopped (by the PID the
 * tests started) when closed. Xvfb comes from Debian's {@code xvfb} package, which
 * {@code .ci/run} installs.
 */
final class XvfbServer implements AutoCloseable {

    private final int display;

    private final Process process;

    private final Path log;

    private XvfbServer(int display, Process process, Path log) {
        this.display = display;
        this.process = process;
        this.log = log;
    }

    /**
     * Start Xvfb on a display it picks itself, and return once it accepts connections: with
     * {@code -displayfd}, Xvfb writes the display's number only when it is ready, so no client
     * (the window manager, an app) can come too early, and no stale socket of an earlier server
     * can be mistaken for this one.
     */
    static XvfbServer start() throws IOException, InterruptedException {
        if (!onPath("Xvfb")) {
            throw new IllegalStateException("Xvfb is not installed; the end-to-end tests need it: apt-get install -y xvfb");
        }
        Path log = Files.createTempFile("xvfb", ".log");
        // -noreset: an X server resets when its last client leaves, and connections made during
        // the reset fail. Without it, openbox failed to open the display in about one run in ten
        // here, right after Xvfb said it was ready; with it, never in more than 60 runs.
        Process process = new ProcessBuilder("Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1280x1024x24",
                "-nolisten", "tcp")
            .redirectError(log.toFile())
            .start();
        CompletableFuture<String> announced = CompletableFuture.supplyAsync(() -> firstLine(process));
        try {
            String display = announced.get(10, TimeUnit.SECONDS);
            if (display != null && display.matches("\\d+")) {
                return new XvfbServer(Integer.parseInt(display), process, log);
            }
        }
        catch (ExecutionException | TimeoutException ex) {
            // Reported below with Xvfb's own words.
        }
        process.destroyForcibly();
        throw new IllegalStateException("Xvfb did not start: " + Files.readString(log));
    }

    private static String firstLine(Process process) {
        try {
            return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public String toString() {
        return "Xvfb :" + this.display + " pid " + this.process.pid() + (this.process.isAlive() ? ", running" : ", ended with "
                + this.process.exitValue()) + ", log " + this.log;
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
