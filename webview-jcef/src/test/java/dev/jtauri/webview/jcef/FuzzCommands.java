package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jtauri.Body;
import dev.jtauri.Channel;
import dev.jtauri.Headers;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Commands of every kind a page can call, as an app writes them: named arguments of many types,
 * a {@code @Body} record, raw bytes in and out, channels, headers, async results, and failures of
 * each kind. Each notes a command that runs on the thread that stands for CEF's UI thread.
 */
public class FuzzCommands {

    /** The commands that fail with an internal error on purpose. */
    static final Set<String> FAILING_ON_PURPOSE = Set.of("explode");

    private final Thread uiThread;

    /** Commands that ran on the UI thread: none may. */
    final List<String> ranOnUiThread = new CopyOnWriteArrayList<>();

    FuzzCommands(Thread uiThread) {
        this.uiThread = uiThread;
    }

    private void ran(String command) {
        if (Thread.currentThread() == this.uiThread) {
            this.ranOnUiThread.add(command);
        }
    }

    public enum Level {
        LOW, @JsonProperty("high") HIGH
    }

    public record Item(String name, int count, @Nullable Level level) {
    }

    public record Note(String title, List<String> tags, Map<String, Integer> scores, Optional<Item> item) {
    }

    @TauriCommand
    public String greet(String name) {
        ran("greet");
        return "Hello, " + name + "!";
    }

    @TauriCommand
    public long add(int a, long b) {
        ran("add");
        return a + b;
    }

    @TauriCommand
    public double scale(double value, float factor) {
        ran("scale");
        return value * factor;
    }

    @TauriCommand
    public Note save(@Body Note note) {
        ran("save");
        return note;
    }

    /** JSON binds a {@code null} into a list as it comes: an app's command skips it, or fails itself. */
    @TauriCommand
    public List<Item> items(List<Item> items, Set<Level> levels) {
        ran("items");
        return items.stream().filter(Objects::nonNull)
            .filter((item) -> item.level() == null || levels.contains(item.level()))
            .toList();
    }

    @TauriCommand
    public JsonNode echoJson(JsonNode value) {
        ran("echoJson");
        return value;
    }

    @TauriCommand
    public String optional(Optional<String> text, @Nullable Integer n) {
        ran("optional");
        return text.orElse("-") + n;
    }

    @TauriCommand
    public byte[] echoBytes(byte[] data) {
        ran("echoBytes");
        return data;
    }

    /** Sends up to eight items, as many as asked. */
    @TauriCommand
    public int stream(int count, Channel<Item> onEvent) {
        ran("stream");
        int sent = Math.max(0, Math.min(count, 8));
        for (int i = 0; i < sent; i++) {
            onEvent.send(new Item("item " + i, i, Level.LOW));
        }
        return sent;
    }

    @TauriCommand
    public int streamBytes(Channel<byte[]> onChunk) {
        ran("streamBytes");
        onChunk.send(new byte[] { 1, 2 });
        onChunk.close();
        return 1;
    }

    @TauriCommand
    public @Nullable String headerValue(Headers headers) {
        ran("headerValue");
        return headers.get("x-test");
    }

    @TauriCommand
    public String windowLabel(@Nullable WebviewWindow window) {
        ran("windowLabel");
        return (window != null) ? window.label() : "none";
    }

    @TauriCommand
    public CompletionStage<String> later(String name) {
        ran("later");
        return CompletableFuture.supplyAsync(() -> "Later, " + name + "!");
    }

    @TauriCommand
    public void failWith(String message) {
        ran("failWith");
        throw new InvokeException(message);
    }

    @TauriCommand
    public void failWithCode(@Nullable JsonNode data) {
        ran("failWithCode");
        throw new InvokeException("quota exceeded", "QUOTA", data);
    }

    /** A bug in a command: the page gets an internal error with an id, nothing of this. */
    @TauriCommand
    public void explode() {
        ran("explode");
        throw new IllegalStateException("dev.jtauri.Secret$Inner failed at Secret.java:42");
    }
}
