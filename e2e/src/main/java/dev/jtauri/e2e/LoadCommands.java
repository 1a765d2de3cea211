package dev.jtauri.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.jtauri.AppHandle;
import dev.jtauri.Channel;
import dev.jtauri.TauriCommand;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The commands of the load pages (flood.html, spin.html, gone.html): a flood of events to every
 * window, slow calls and a stream of large messages in flight, and what the JVM holds meanwhile.
 */
@Component
public class LoadCommands {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private final Environment environment;

    private volatile boolean spinning;

    private final AtomicInteger interrupted = new AtomicInteger();

    private final AtomicInteger completed = new AtomicInteger();

    private final AtomicInteger streamsStopped = new AtomicInteger();

    public LoadCommands(Environment environment) {
        this.environment = environment;
    }

    /**
     * Emit {@code count} events of {@code size} characters to every window, as fast as they go.
     * @return how long the emits took, in milliseconds
     */
    @TauriCommand
    public long flood(AppHandle app, int count, int size) {
        String payload = "x".repeat(size);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            app.emit("flood", new Flood(i, payload));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Reports.print("flooded", "count", count, "size", size, "emitMillis", millis);
        return millis;
    }

    /** Answers after a minute, unless its call is called off first (counted). */
    @TauriCommand
    public int slowEcho(int value) {
        try {
            Thread.sleep(60_000);
            this.completed.incrementAndGet();
            return value;
        }
        catch (InterruptedException ex) {
            this.interrupted.incrementAndGet();
            return -1;
        }
    }

    /**
     * How many slow calls were interrupted (called off as they ran) and how many ran to their end,
     * and how many streams stopped.
     */
    @TauriCommand
    public Map<String, Integer> calledOff() {
        return Map.of("interrupted", this.interrupted.get(), "completed", this.completed.get(), "streamsStopped",
                this.streamsStopped.get());
    }

    /**
     * A megabyte every few milliseconds, as a file streamed to the page, until the channel refuses
     * one: its page is gone, or did not keep up.
     */
    @TauriCommand
    public void streamChunks(Channel<byte[]> onChunk) {
        byte[] chunk = new byte[1 << 20];
        int sent = 0;
        long start = System.nanoTime();
        try {
            while (true) {
                onChunk.send(chunk);
                sent++;
                Thread.sleep(2);
            }
        }
        catch (IllegalStateException ex) {
            this.streamsStopped.incrementAndGet();
            Reports.print("streamStopped", "sent", sent, "millis", (System.nanoTime() - start) / 1_000_000, "why",
                    ex.getMessage());
        }
        catch (InterruptedException ex) {
            this.streamsStopped.incrementAndGet();
            Reports.print("streamStopped", "sent", sent, "millis", (System.nanoTime() - start) / 1_000_000, "why",
                    "interrupted: its call was called off");
        }
    }

    /** The heap the JVM uses after a full collection, in bytes. */
    @TauriCommand
    public long heapUsed() {
        System.gc();
        return this.memory.getHeapMemoryUsage().getUsed();
    }

    /** Tell the test what a page saw. */
    @TauriCommand
    public void loadReport(String name, JsonNode data) {
        if (name.equals("spinning")) {
            this.spinning = true;
        }
        Reports.print("load", "name", name, "data", data);
    }

    /** Whether the spinning page is about to hang. */
    @TauriCommand
    public boolean spinning() {
        return this.spinning;
    }

    /** Whether the test is done looking at the running app: it leaves the file e2e.exit-file. */
    @TauriCommand
    public boolean mayExit() {
        return Files.exists(Path.of(this.environment.getRequiredProperty("e2e.exit-file")));
    }

    /** End the app with code 0, and say when that was asked. */
    @TauriCommand
    public void exitNow(AppHandle app) {
        Reports.print("exitAsked", "at", System.currentTimeMillis());
        app.exit(0);
    }

    /**
     * An event of the flood.
     * @param index its place in the flood
     * @param data its bulk
     */
    public record Flood(int index, String data) {
    }
}
