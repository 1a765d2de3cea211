package dev.jtauri.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import dev.jtauri.AppHandle;
import dev.jtauri.Channel;
import dev.jtauri.Headers;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.TauriListener;
import dev.jtauri.WebviewWindow;
import dev.jtauri.WebviewWindowBuilder;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The commands the test page calls (see e2e/frontend/src/main.js), and the two that carry its
 * results to the test: {@code report} and {@code done}.
 */
@Component
public class E2eCommands {

    private final AtomicReference<@Nullable JsonNode> lastHeard = new AtomicReference<>();

    private final AtomicBoolean firstIpc = new AtomicBoolean();

    private final AtomicInteger invocations = new AtomicInteger();

    // The keys of calls whose thread was interrupted: called off by the page, or timed out.
    private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

    private final ConfigurableApplicationContext context;

    public E2eCommands(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The page's first IPC: when it comes, measured from the JVM's start. */
    @TauriCommand
    public void pageLoaded() {
        count();
        if (this.firstIpc.compareAndSet(false, true)) {
            Reports.print("firstIpc", "millisSinceJvmStart", ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    @TauriCommand
    public void report(String name, boolean ok, @Nullable String detail) {
        count();
        Reports.print("check", "name", name, "ok", ok, "detail", detail);
    }

    /** The run is over: the app ends with code 42, which the test expects as the process's. */
    @TauriCommand
    public void done(int passed, int failed, AppHandle app) {
        count();
        Reports.print("done", "passed", passed, "failed", failed, "invocations", this.invocations.get());
        app.exit(42);
    }

    /** Open a window from Java while the app runs, as a menu action would. */
    @TauriCommand
    public void openWindowFromJava(AppHandle app, String label, String title) {
        count();
        WebviewWindowBuilder.of(app, label, "plain.html").title(title).innerSize(300, 200).build();
    }

    /** Send the calling window to a URL from Java: the app's own choice, whatever the page may do. */
    @TauriCommand
    public void navigateFromJava(WebviewWindow window, String url) {
        count();
        window.navigate(url);
    }

    /** Close the calling window: the last one closing ends the app with code 0. */
    @TauriCommand
    public void closeWindow(WebviewWindow window) {
        count();
        window.close();
    }

    /**
     * Restart the app once: the first run leaves a marker and restarts, the run after it (same
     * command line) finds the marker, writes its process id next to it and ends with code 7.
     */
    @TauriCommand
    public void restartOnce(AppHandle app) throws IOException {
        count();
        String marker = this.context.getEnvironment().getRequiredProperty("e2e.restart-marker");
        long pid = ProcessHandle.current().pid();
        if (Files.exists(Path.of(marker))) {
            // Into a file: the test's pipe to the first process closed when that process ended.
            Files.writeString(Path.of(marker + ".pid"), Long.toString(pid));
            app.exit(7);
            return;
        }
        Files.createFile(Path.of(marker));
        Reports.print("restarting", "pid", pid);
        app.restart();
    }

    @TauriCommand
    public void exitApp(AppHandle app) {
        count();
        app.exit(3);
    }

    /** Close the Spring context from the EDT, as a Swing menu action of the app would. */
    @TauriCommand
    public void closeContextOnEdt() {
        count();
        SwingUtilities.invokeLater(this.context::close);
    }

    /** Blocks until its thread is interrupted (its call was called off), then says so under its key. */
    @TauriCommand
    public void waitForAbort(String key) {
        count();
        try {
            new CountDownLatch(1).await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            this.interrupted.add(key);
        }
    }

    /** As {@link #waitForAbort}, for a large raw body that comes by fetch, its key in a header. */
    @TauriCommand
    public void waitForAbortWithBytes(byte[] body, Headers headers) {
        waitForAbort(headers.get("key"));
    }

    /** Sleeps past its timeout, and says so under "timeout" when it is interrupted. */
    @TauriCommand(timeout = "300ms")
    public void sleepPastTimeout() {
        waitForAbort("timeout");
    }

    @TauriCommand
    public boolean wasInterrupted(String key) {
        return this.interrupted.contains(key);
    }

    @TauriCommand
    public String greet(String name) {
        count();
        return "Hello, " + name + "!";
    }

    @TauriCommand
    public double add(double a, double b) {
        count();
        return a + b;
    }

    @TauriCommand
    public byte[] echoBytes(byte[] body) {
        count();
        return body;
    }

    /** A large result: {@code length} bytes of {@link #pattern}. */
    @TauriCommand
    public byte[] patternBytes(int length) {
        count();
        return pattern(length);
    }

    /** A large channel message: {@code length} bytes of {@link #pattern}. */
    @TauriCommand
    public void sendPatternBytes(int length, Channel<byte[]> onChunk) {
        count();
        try (onChunk) {
            onChunk.send(pattern(length));
        }
    }

    /** Bytes that differ from one range of a ticket to the next at any offset: i ^ i >> 8 ^ i >> 16. */
    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i ^ (i >> 8) ^ (i >> 16));
        }
        return bytes;
    }

    @TauriCommand
    public void failWith(String message) {
        count();
        throw new InvokeException(message);
    }

    @TauriCommand
    public void failWithCode() {
        count();
        throw new InvokeException("quota exceeded", "QUOTA", Map.of("limit", 3));
    }

    @TauriCommand
    public int stream(int count, Channel<Map<String, Integer>> onEvent) {
        count();
        try (onEvent) {
            for (int i = 0; i < count; i++) {
                onEvent.send(Map.of("index", i));
            }
        }
        return count;
    }

    /**
     * A message every 100 ms for 3 s, until the channel refuses one or the call is called off
     * (its page is gone); tells how many it sent, and why it stopped.
     */
    @TauriCommand
    public void slowStream(Channel<String> onEvent) {
        count();
        int sent = 0;
        String stopped = null;
        try {
            for (int i = 0; i < 30; i++) {
                Thread.sleep(100);
                onEvent.send("secret-" + i);
                sent++;
            }
        }
        catch (IllegalStateException ex) {
            stopped = ex.getMessage();
        }
        catch (InterruptedException ex) {
            stopped = "interrupted: its call was called off";
        }
        Reports.print("slowStream", "sent", sent, "stopped", stopped);
    }

    @TauriCommand
    public int streamBytes(Channel<byte[]> onChunk) {
        count();
        byte[] large = new byte[100_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) i;
        }
        try (onChunk) {
            onChunk.send(new byte[] { 1, 2 });
            onChunk.send(new byte[] { 3 });
            onChunk.send(large);
        }
        return 3;
    }

    @TauriCommand
    public void emitBack(String event, @Nullable JsonNode payload, AppHandle app) {
        count();
        app.emit(event, payload);
    }

    @TauriListener("page-event")
    void onPageEvent(JsonNode payload) {
        this.lastHeard.set(payload);
    }

    @TauriCommand
    public @Nullable JsonNode lastHeard() {
        count();
        return this.lastHeard.get();
    }

    /** How many arrays and objects deep a value nests: 0 for a scalar. */
    @TauriCommand
    public int nestingDepth(JsonNode value) {
        count();
        int deepest = 0;
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>(List.of(Map.entry(value, 0)));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            if (next.getKey().isContainer()) {
                int depth = next.getValue() + 1;
                deepest = Math.max(deepest, depth);
                next.getKey().values().forEach((child) -> pending.push(Map.entry(child, depth)));
            }
        }
        return deepest;
    }

    @TauriCommand
    public @Nullable String headerValue(Headers headers) {
        count();
        return headers.get("x-test");
    }

    @TauriCommand
    public String ping() {
        return "pong";
    }

    @TauriCommand
    public String windowLabel(WebviewWindow window) {
        count();
        return window.label();
    }

    /** How many commands ran, told when the app closes: zero for pages that must get no IPC. */
    @PreDestroy
    void reportInvocations() {
        Reports.print("invocations", "count", this.invocations.get());
    }

    private void count() {
        this.invocations.incrementAndGet();
    }
}
