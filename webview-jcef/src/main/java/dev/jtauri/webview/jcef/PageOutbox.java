package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages on their way to one window's page (events, channel messages, channel ends, the
 * answers to batched invokes), in the order they were posted, sent in batches: one
 * {@code executeJavaScript} carries every message posted since the previous one left. A script
 * costs the page an IPC message and a compile whatever its length, so a fast sender gets fewer,
 * larger scripts, and a slow one a script per message, with no delay added.
 *
 * <p>Memory stays bounded when the page is slower than Java. The page acknowledges the batches
 * it handled ({@code jtauri:ack:<n>}) when a batch asks it to, one batch in
 * {@link Limits#ackEveryChars} of scripts, so that acknowledgements cost the page little; no more
 * than {@link Limits#inFlightChars} of scripts wait in Chromium unacknowledged, and no more than
 * {@link Limits#queuedChars} of messages wait here: beyond that, {@link #post} makes its caller
 * wait for room, except on the EDT, which never waits, and answers to the page's own calls
 * ({@link #postReply}), which the page bounds. A page that stops acknowledging (it navigated to a
 * foreign page, or hangs) is trusted with more after {@link Limits#ackTimeout}, so that senders
 * are slowed, never stuck.
 *
 * <p>One drain at a time runs on jtauri's threads, which keeps the order; posting never runs the
 * send on the caller's thread. Each message goes as a string that the page parses as JSON
 * ({@link JsString}): its data is never run as code, and one that does not parse is lost alone.
 */
final class PageOutbox {

    private static final Logger logger = LoggerFactory.getLogger(PageOutbox.class);

    /**
     * How much may wait, and for how long.
     * @param batchChars a batch's script stays within this many characters; a larger message
     * goes alone
     * @param ackEveryChars a batch asks the page for an acknowledgement once this many characters
     * of scripts went since the last one that did; less than {@code inFlightChars}
     * @param inFlightChars scripts sent and not yet acknowledged by the page
     * @param queuedChars messages posted and not yet sent
     * @param ackTimeout how long the page may leave batches unacknowledged before it is sent more
     */
    record Limits(int batchChars, long ackEveryChars, long inFlightChars, long queuedChars, Duration ackTimeout) {

        static final Limits DEFAULT = new Limits(1 << 20, 1L << 20, 8L << 20, 32L << 20, Duration.ofSeconds(10));

        Limits {
            if (ackEveryChars >= inFlightChars) {
                throw new IllegalArgumentException("ackEveryChars must be below inFlightChars");
            }
        }
    }

    private final Queue<String> messages = new ConcurrentLinkedQueue<>();

    private final AtomicLong queuedChars = new AtomicLong();

    private final AtomicBoolean draining = new AtomicBoolean();

    // Guarded by "this": batches sent and not acknowledged, as {sequence number, characters}.
    private final Deque<long[]> inFlight = new ArrayDeque<>();

    private long inFlightChars;

    private long nextSequence = 1;

    // Characters of scripts sent since the last batch that asked for an acknowledgement.
    private long unaskedChars;

    // Set with the lock on "this" held; read without it where a stale false only costs a send.
    private volatile boolean closed;

    private final String receiver;

    private final Consumer<String> send;

    private final Executor drainer;

    private final Limits limits;

    /**
     * @param receiver the guarded expression of the bridge's receiver, {@code r&&r}: a page without
     * it ignores the script
     * @param send runs a script in the page
     * @param drainer jtauri's threads, where batches are made and sent
     * @param limits how much may wait
     */
    PageOutbox(String receiver, Consumer<String> send, Executor drainer, Limits limits) {
        this.receiver = receiver;
        this.send = send;
        this.drainer = drainer;
        this.limits = limits;
    }

    /**
     * Post a message, waiting first while the outbox is full (never on the EDT); once the window
     * closed, drop it.
     * @param message a JSON array the receiver's {@code batch} understands
     */
    void post(String message) {
        awaitRoom();
        enqueue(message);
    }

    /**
     * Post the answer to a call of the page, never waiting for room: the page bounds its answers
     * by the calls it makes, and the thread that finished the call may be one that must not wait.
     * @param message a JSON array the receiver's {@code batch} understands
     */
    void postReply(String message) {
        enqueue(message);
    }

    private void enqueue(String message) {
        if (this.closed) {
            return;
        }
        this.queuedChars.addAndGet(message.length());
        this.messages.add(message);
        if (this.draining.compareAndSet(false, true)) {
            try {
                this.drainer.execute(this::drain);
            }
            catch (RejectedExecutionException ex) {
                // The app is ending: nothing will show these messages.
                close();
            }
        }
    }

    /**
     * The page handled the batches up to this one.
     * @param sequence the batch's number, from the page
     */
    synchronized void acknowledge(long sequence) {
        while (!this.inFlight.isEmpty() && this.inFlight.peekFirst()[0] <= sequence) {
            this.inFlightChars -= this.inFlight.pollFirst()[1];
        }
        notifyAll();
    }

    /** The page was replaced: the old one will acknowledge nothing more. */
    synchronized void pageChanged() {
        forgetInFlight();
    }

    /** The window closed: what is queued is dropped, and nobody waits for room any more. */
    synchronized void close() {
        this.closed = true;
        this.messages.clear();
        this.queuedChars.set(0);
        forgetInFlight();
    }

    private synchronized void forgetInFlight() {
        this.inFlight.clear();
        this.inFlightChars = 0;
        this.unaskedChars = 0;
        notifyAll();
    }

    private void awaitRoom() {
        if (this.queuedChars.get() < this.limits.queuedChars() || SwingUtilities.isEventDispatchThread()) {
            return;
        }
        synchronized (this) {
            boolean interrupted = false;
            while (!this.closed && this.queuedChars.get() >= this.limits.queuedChars()) {
                try {
                    wait();
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain() {
        do {
            String message;
            while ((message = this.messages.peek()) != null) {
                StringBuilder script = new StringBuilder(Math.min(this.limits.batchChars(), message.length() * 2) + 64)
                    .append(this.receiver).append(".batch([");
                int count = 0;
                long chars = 0;
                while (message != null && (count == 0 || script.length() + message.length() < this.limits.batchChars())) {
                    String next = this.messages.poll();
                    JsString.appendQuoted(script.append((count++ > 0) ? "," : ""), next);
                    chars += next.length();
                    message = this.messages.peek();
                }
                roomMade(chars);
                long sequence = awaitInFlightRoom(script.length());
                // A batch that asks for no acknowledgement carries 0; the page acknowledges up to n.
                sendSafely(script.append("],").append(sequence).append(')').toString());
            }
            this.draining.set(false);
        }
        // A message posted after the last peek but before the flag dropped is still sent.
        while (!this.messages.isEmpty() && this.draining.compareAndSet(false, true));
    }

    private synchronized void roomMade(long chars) {
        // Never below zero: a close may have emptied the count while this batch was being made.
        this.queuedChars.updateAndGet((queued) -> Math.max(0, queued - chars));
        notifyAll();
    }

    /**
     * Wait while the page holds too much unacknowledged, then count the next batch as sent.
     * @return the batch's number when it asks for an acknowledgement, else 0
     */
    private synchronized long awaitInFlightRoom(long chars) {
        long timeout = this.limits.ackTimeout().toNanos();
        long deadline = System.nanoTime() + timeout;
        while (!this.closed && !this.inFlight.isEmpty() && this.inFlightChars + chars > this.limits.inFlightChars()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                logger.debug("The page acknowledged no message for {}; sending it more", this.limits.ackTimeout());
                forgetInFlight();
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            }
            catch (InterruptedException ex) {
                // jtauri's threads are interrupted as the app ends: send what is left at once.
                Thread.currentThread().interrupt();
                break;
            }
        }
        long sequence = this.nextSequence++;
        this.inFlight.addLast(new long[] { sequence, chars });
        this.inFlightChars += chars;
        this.unaskedChars += chars;
        if (this.unaskedChars < this.limits.ackEveryChars()) {
            return 0;
        }
        this.unaskedChars = 0;
        return sequence;
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
