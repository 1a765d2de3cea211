package dev.jtauri.webview.jcef;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages on their way to one window's page (events, channel messages, channel ends), in
 * the order they were posted, sent in batches: one {@code executeJavaScript} carries every
 * message posted since the previous one left. A script costs the page an IPC message and a
 * compile whatever its length, so a fast sender gets fewer, larger scripts, and a slow one a
 * script per message, with no delay added.
 *
 * <p>Posting never blocks and never runs the send on the caller's thread: one drain at a time runs
 * on jtauri's threads, which keeps the order.
 */
final class PageOutbox {

    private static final Logger logger = LoggerFactory.getLogger(PageOutbox.class);

    // A batch's script stays within this many characters, a message of any size goes alone.
    private static final int BATCH_CHARS = 1 << 20;

    private final Queue<String> messages = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean draining = new AtomicBoolean();

    private final String receiver;

    private final Consumer<String> send;

    private final Executor drainer;

    /**
     * @param receiver the guarded expression of the bridge's receiver, {@code r&&r}: a page without
     * it ignores the script
     * @param send runs a script in the page
     * @param drainer jtauri's threads, where batches are made and sent
     */
    PageOutbox(String receiver, Consumer<String> send, Executor drainer) {
        this.receiver = receiver;
        this.send = send;
        this.drainer = drainer;
    }

    /**
     * Post a message.
     * @param message a JavaScript array literal the receiver's {@code batch} understands
     */
    void post(String message) {
        this.messages.add(message);
        if (this.draining.compareAndSet(false, true)) {
            try {
                this.drainer.execute(this::drain);
            }
            catch (RejectedExecutionException ex) {
                // The app is ending: nothing will show these messages.
                this.messages.clear();
                this.draining.set(false);
            }
        }
    }

    private void drain() {
        do {
            String message;
            while ((message = this.messages.peek()) != null) {
                StringBuilder script = new StringBuilder(Math.min(BATCH_CHARS, message.length() * 2) + 64)
                    .append(this.receiver).append(".batch([");
                int count = 0;
                while (message != null && (count == 0 || script.length() + message.length() < BATCH_CHARS)) {
                    script.append((count++ > 0) ? "," : "").append(this.messages.poll());
                    message = this.messages.peek();
                }
                sendSafely(script.append("])").toString());
            }
            this.draining.set(false);
        }
        // A message posted after the last peek but before the flag dropped is still sent.
        while (!this.messages.isEmpty() && this.draining.compareAndSet(false, true));
    }

    private void sendSafely(String script) {
        try {
            this.send.accept(script);
        }
        catch (RuntimeException ex) {
            logger.warn("Could not send messages to the page", ex);
        }
    }
}
