package dev.jtauri.command.argument;

import dev.jtauri.Channel;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;

/**
 * A {@link Channel} to a page. Messages are serialized by the sender's thread, then numbered
 * and handed to the page under one lock, so their indexes follow the order of {@link #send}.
 */
final class PageChannel<T> implements Channel<T> {

    private final PageConnection page;

    private final long id;

    private final @Nullable ObjectWriter writer;

    // Guarded by "this".
    private long nextIndex;

    private boolean closed;

    /**
     * @param writer serializes messages as JSON; {@code null} for a {@code Channel<byte[]>},
     * whose messages go raw
     */
    PageChannel(PageConnection page, long id, @Nullable ObjectWriter writer) {
        this.page = page;
        this.id = id;
        this.writer = writer;
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
                throw new IllegalStateException("Channel " + this.id + " cannot send: the window of page '"
                        + this.page.label() + "' is closed");
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
