package dev.jtauri.runtime;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.jtauri.AppHandle;
import dev.jtauri.Body;
import dev.jtauri.Channel;
import dev.jtauri.Headers;
import dev.jtauri.InvokeException;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.async.AsyncTools;
import org.jspecify.annotations.Nullable;

/**
 * Commands covering every parameter and result shape the pipeline supports.
 */
public class CommandsForTests {

    public record Item(String name, double price) {
    }

    public record Order(String customer, List<Item> items, Color color, LocalDate due) {
    }

    public enum Color { RED, GREEN }

    public record Progress(int done, int total) {
    }

    public record Counter(int value) {
    }

    @TauriCommand
    public String greet(String name) {
        return "Hello, " + name + "!";
    }

    @TauriCommand("add_numbers")
    public int add(int a, int b) {
        return a + b;
    }

    @TauriCommand
    public double total(List<Item> items) {
        return items.stream().mapToDouble(Item::price).sum();
    }

    @TauriCommand
    public String describeOrder(Order order) {
        return order.customer() + ":" + order.items().size() + ":" + order.color() + ":" + order.due();
    }

    @TauriCommand
    public String maybe(Optional<String> nickname, @Nullable Integer age) {
        return nickname.orElse("none") + "/" + age;
    }

    @TauriCommand
    public Instant later(Instant when, long seconds) {
        return when.plusSeconds(seconds);
    }

    @TauriCommand
    public Map<String, Object> echoBody(@Body Map<String, Object> body) {
        return body;
    }

    @TauriCommand
    public Item priced(@Body Item item) {
        return new Item(item.name().toUpperCase(), item.price() * 2);
    }

    @TauriCommand
    public byte[] reverseBytes(byte[] data) {
        byte[] reversed = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            reversed[i] = data[data.length - 1 - i];
        }
        return reversed;
    }

    @TauriCommand
    public void nothing() {
    }

    @TauriCommand
    public CompletionStage<String> echoLater(String text) {
        return CompletableFuture.supplyAsync(() -> text + " (later)");
    }

    @TauriCommand
    public CompletionStage<String> failLater() {
        return CompletableFuture.failedFuture(new InvokeException("async refusal"));
    }

    @TauriCommand
    public String refuse(String reason) {
        throw new InvokeException("refused: " + reason);
    }

    @TauriCommand
    public String refuseWithCode() {
        throw new InvokeException("quota exceeded", "QUOTA", Map.of("limit", 3));
    }

    @TauriCommand
    public String explode() throws IOException {
        throw new IOException("secret path /etc/shadow");
    }

    @TauriCommand
    public String threadName() {
        return Thread.currentThread().getName();
    }

    @TauriCommand
    public String whoCalls(AppHandle app, @Nullable WebviewWindow window, Headers headers) {
        return (app != null) + "/" + (window == null ? "no-window" : window.label()) + "/" + headers.get("X-Trace");
    }

    @TauriCommand
    public int counter(@State Counter counter) {
        return counter.value();
    }

    @TauriCommand
    public boolean toolsFromState(@State AsyncTools tools, AppHandle app) {
        return tools == app.state(AsyncTools.class);
    }

    @TauriCommand
    public int stream(int count, Channel<Progress> onProgress) {
        try (onProgress) {
            for (int i = 1; i <= count; i++) {
                onProgress.send(new Progress(i, count));
            }
        }
        return count;
    }

    @TauriCommand
    public void streamBytes(Channel<byte[]> chunks) {
        chunks.send(new byte[] { 1, 2 });
        chunks.send(new byte[] { 3 });
        chunks.close();
    }
}
