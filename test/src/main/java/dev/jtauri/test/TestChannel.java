package dev.jtauri.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.jtauri.ipc.InvokeBody;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test client's side of a {@link dev.jtauri.Channel}: pass it as an argument (it
 * serializes as {@code "__CHANNEL__:<id>"}, as {@code @tauri-apps/api}'s {@code Channel} does)
 * and read what the command sent. Messages are ordered by their index, as the page orders them.
 *
 * @param <T> the message type
 */
public final class TestChannel<T> {

    private final long id;

    private final JavaType type;

    private final JsonMapper mapper;

    private final Duration timeout;

    // Guarded by "this": messages by index, and the end index once closed.
    private final Map<Long, InvokeBody> received = new TreeMap<>();

    private long endIndex = -1;

    TestChannel(long id, JavaType type, JsonMapper mapper, Duration timeout) {
        this.id = id;
        this.type = type;
        this.mapper = mapper;
        this.timeout = timeout;
    }

    /**
     * The channel's id.
     * @return the id
     */
    public long id() {
        return this.id;
    }

    /**
     * The form a page sends a channel in.
     * @return {@code "__CHANNEL__:<id>"}
     */
    @JsonValue
    public String toJson() {
        return "__CHANNEL__:" + this.id;
    }

    /**
     * The messages received so far without a gap, decoded.
     * @return a snapshot
     */
    public synchronized List<T> messages() {
        List<T> messages = new ArrayList<>();
        for (long index = 0; this.received.containsKey(index); index++) {
            messages.add(decode(this.received.get(index)));
        }
        return messages;
    }

    /**
     * Wait until at least {@code count} messages have arrived.
     * @param count how many
     * @return the messages so far
     * @throws AssertionError when they do not arrive within the client's timeout
     */
    public synchronized List<T> awaitMessages(int count) {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        while (contiguous() < count) {
            waitUntil(deadline, () -> "Channel " + this.id + " received " + contiguous() + " of " + count
                    + " messages within " + this.timeout);
        }
        return messages();
    }

    /**
     * Wait until the command closes the channel, then return every message.
     * @return the messages
     * @throws AssertionError when it is not closed within the client's timeout
     */
    public synchronized List<T> awaitClose() {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        while (this.endIndex < 0 || contiguous() < this.endIndex) {
            waitUntil(deadline, () -> "Channel " + this.id + " was not closed within " + this.timeout);
        }
        return messages();
    }

    /**
     * Whether the command closed the channel.
     * @return true once closed
     */
    public synchronized boolean isClosed() {
        return this.endIndex >= 0;
    }

    synchronized void deliver(long index, InvokeBody message) {
        this.received.put(index, message);
        notifyAll();
    }

    synchronized void close(long index) {
        this.endIndex = index;
        notifyAll();
    }

    private long contiguous() {
        long index = 0;
        while (this.received.containsKey(index)) {
            index++;
        }
        return index;
    }

    private void waitUntil(long deadline, java.util.function.Supplier<String> failure) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new AssertionError(failure.get());
        }
        try {
            wait(Math.max(1, remaining / 1_000_000));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting on channel " + this.id, ex);
        }
    }

    @SuppressWarnings("unchecked")
    private T decode(InvokeBody body) {
        if (body instanceof InvokeBody.Raw raw) {
            return (T) raw.data();
        }
        return this.mapper.readValue(((InvokeBody.Json) body).text(), this.type);
    }
}
