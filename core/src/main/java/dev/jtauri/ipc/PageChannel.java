package dev.jtauri.ipc;

import java.util.OptionalLong;

import dev.jtauri.Channel;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/**
 * A {@link Channel} to a page. Messages are serialized by the sender's thread, then numbered
 * and handed to the page under one lock, so their indexes follow the order of {@link #send}.
 *
 * @param <T> the message type
 */
public final class PageChannel<T> implements Channel<T> {

    /** How {@code @tauri-apps/api}'s {@code Channel} serializes itself: the prefix, then its id. */
    private static final String PREFIX = "__CHANNEL__:";

    private final PageConnection page;

    private final long id;

    private final @Nullable ObjectWriter writer;

    // Guarded by "this".
    private long nextIndex;

    private boolean closed;

    /**
     * Create the channel.
     * @param page the page that created it
     * @param id its id, as the page created it
     * @param writer serializes messages as JSON; {@code null} for a {@code Channel<byte[]>},
     * whose messages go raw
     */
    public PageChannel(PageConnection page, long id, @Nullable ObjectWriter writer) {
        this.page = page;
        this.id = id;
        this.writer = writer;
    }

    /**
     * The id of the channel a command argument passes: {@code "__CHANNEL__:<id>"} as
     * {@code @tauri-apps/api} sends it, or a bare number.
     * @param argument the argument's JSON value
     * @return the id, or empty when the value is no channel
     */
    public static OptionalLong idOf(JsonNode argument) {
        if (argument.isIntegralNumber() && argument.canConvertToLong()) {
            return OptionalLong.of(argument.longValue());
        }
        if (argument.isString() && argument.stringValue().startsWith(PREFIX)) {
            try {
                return OptionalLong.of(Long.parseLong(argument.stringValue().substring(PREFIX.length())));
            }
            catch (NumberFormatException ex) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public long id() {
        return this.id;
    }

    @Override
    public void send(T message) {
        InvokeBody body = (this.writer != null) ? InvokeBody.json(this.writer.writeValueAsString(message))
                : InvokeBody.raw((byte[]) message);
        synchronized (this) {
            if (this.closed) {
                throw new IllegalStateException("Channel " + this.id + " is closed");
            }
            if (!this.page.isOpen()) {
                this.closed = true;
                throw new IllegalStateException("Channel " + this.id + " cannot send: the page that opened it in "
                        + "window '" + this.page.label() + "' is gone (the window closed, or the page reloaded or left)");
            }
            this.page.deliverChannelMessage(this.id, this.nextIndex++, body);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (this.closed) {
                return;
            }
            this.closed = true;
            this.page.closeChannel(this.id, this.nextIndex);
        }
    }

    @Override
    public String toString() {
        return "Channel[" + this.id + " to page '" + this.page.label() + "']";
    }
}
