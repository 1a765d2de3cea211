package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
 * <p>Memory stays bounded on both sides when the page is slower than Java, or stops. The page
 * acknowledges the batches it handled ({@code jtauri:ack:<n>}) when a batch asks it to, one batch
 * in {@link Limits#ackEveryChars} of scripts; no more than {@link Limits#inFlightChars} of scripts
 * wait in Chromium unacknowledged, and a page that acknowledges nothing gets nothing more until
 * it does. In Java, the window's budget ({@link Limits#queuedChars}) holds the messages not yet
 * sent and the bytes of its {@link ByteTickets} not yet fetched. When it is full:
 * <ul>
 * <li>an event is dropped for this page and counted, never waited for: one stuck page must not
 * slow the others; once there is room again, the page is told how many it missed (a message
 * {@code ["m", count]} before the next event);</li>
 * <li>a channel message waits for room, at most {@link Limits#sendTimeout}, then fails, so a
 * streaming command learns that the page does not keep up;</li>
 * <li>an answer to the page's own call never waits: the page bounds its answers by the calls it
 * makes, and the thread that finished the call may be one that must not wait.</li>
 * </ul>
 * The EDT never waits either: a channel message it posts goes over the bound.
 *
 * <p>One drain at a time runs on jtauri's threads, which keeps the order; posting never runs the
 * send on the caller's thread, and a drain never waits: it stops when the page holds its share,
 * and the page's acknowledgement starts the next. Each message goes as a string that the page
 * parses as JSON ({@link JsString}): its data is never run as code, and one that does not parse is
 * lost alone.
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
     * @param queuedChars messages posted and not yet sent, and bytes issued and not yet fetched
     * @param sendTimeout how long a channel message waits for room
     */
    record Limits(int batchChars, long ackEveryChars, long inFlightChars, long queuedChars, Duration sendTimeout) {

        static final Limits DEFAULT = new Limits(1 << 20, 1L << 20, 8L << 20, 32L << 20, Duration.ofSeconds(10));

        Limits {
            if (ackEveryChars >= inFlightChars) {
                throw new IllegalArgumentException("ackEveryChars must be below inFlightChars");
            }
        }
    }

    // All guarded by "this".
    private final Deque<String> messages = new ArrayDeque<>();

    private long queuedChars;

    // Batches sent and not acknowledged, as {sequence number, characters}.
    private final Deque<long[]> inFlight = new ArrayDeque<>();

    private long inFlightChars;

    private long nextSequence = 1;

    // Characters of scripts sent since the last batch that asked for an acknowledgement.
    private long unaskedChars;

    private long missedEvents;

    private boolean draining;

    private boolean closed;

    private final String receiver;

    private final Predicate<String> send;

    private final Executor drainer;

    private final ByteTickets tickets;

    private final Limits limits;

    /**
     * @param receiver the guarded expression of the bridge's receiver: a page without it ignores
     * the script
     * @param send runs a script in the page, and says whether it reached one (false once the
     * window's browser is closing)
     * @param drainer jtauri's threads, where batches are made and sent
     * @param tickets the window's large bytes, which count in its budget until fetched
     * @param limits how much may wait
     */
    PageOutbox(String receiver, Predicate<String> send, Executor drainer, ByteTickets tickets, Limits limits) {
        this.receiver = receiver;
        this.send = send;
        this.drainer = drainer;
        this.tickets = tickets;
        this.limits = limits;
        tickets.onRelease(this::roomMade);
    }

    /**
     * Post an event, unless the window's budget is full: then it is dropped for this page, and
     * counted. Never waits, on any thread.
     * @param message a JSON array the receiver's {@code batch} understands
     * @return whether it was posted
     */
    boolean postEvent(String message) {
        synchronized (this) {
            if (this.closed) {
                return false;
            }
            if (!hasRoom(message.length())) {
                this.missedEvents++;
                return false;
            }
            if (this.missedEvents > 0) {
                enqueue("[\"m\"," + this.missedEvents + "]");
                this.missedEvents = 0;
            }
            enqueue(message);
        }
        startDrain();
        return true;
    }

    /**
     * Post a message once the window's budget has room for it, waiting at most
     * {@link Limits#sendTimeout} (never on the EDT, which goes over the bound); once the window
     * closed, drop it.
     * @param weight the message's characters and the bytes it will hold in tickets
     * @param message makes the message, issuing its tickets, once there is room
     * @param what the sender, for the failure
     * @throws IllegalStateException when the page took nothing for the timeout, or the waiting
     * thread was interrupted
     */
    void postWaiting(long weight, Supplier<String> message, String what) {
        synchronized (this) {
            awaitRoom(weight, what);
            if (this.closed) {
                return;
            }
            enqueue(message.get());
        }
        startDrain();
    }

    /**
     * Post a message that never waits for room and is never dropped: the answer to a call of the
     * page, or the end of a channel.
     * @param message a JSON array the receiver's {@code batch} understands
     */
    void postAlways(String message) {
        synchronized (this) {
            if (this.closed) {
                return;
            }
            enqueue(message);
        }
        startDrain();
    }

    private boolean hasRoom(long weight) {
        long held = this.queuedChars + this.tickets.outstandingBytes();
        // A message larger than the whole budget goes when nothing else is held.
        return held + weight <= this.limits.queuedChars() || held == 0;
    }

    private void awaitRoom(long weight, String what) {
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        long timeout = this.limits.sendTimeout().toNanos();
        long deadline = System.nanoTime() + timeout;
        while (!this.closed && !hasRoom(weight)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(what + " failed: the page took no message for "
                        + describe(this.limits.sendTimeout()) + " while its window's budget ("
                        + describe(this.limits.queuedChars()) + ") was full: it is slower than the sender, or hung");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + " was interrupted while it waited for the page", ex);
            }
        }
    }

    private void enqueue(String message) {
        this.queuedChars += message.length();
        this.messages.add(message);
    }

    private void startDrain() {
        synchronized (this) {
            if (this.draining || this.closed || !canSend()) {
                return;
            }
            this.draining = true;
        }
        try {
            this.drainer.execute(this::drain);
        }
        catch (RejectedExecutionException ex) {
            // The app is ending: nothing will show these messages.
            close();
        }
    }

    /** Whether there is something to send and the page has room for it; with the lock held. */
    private boolean canSend() {
        String next = this.messages.peek();
        return next != null && (this.inFlight.isEmpty() || this.inFlightChars + next.length() <= this.limits.inFlightChars());
    }

    /**
     * The page handled the batches up to this one.
     * @param sequence the batch's number, from the page
     */
    void acknowledge(long sequence) {
        synchronized (this) {
            while (!this.inFlight.isEmpty() && this.inFlight.peekFirst()[0] <= sequence) {
                this.inFlightChars -= this.inFlight.pollFirst()[1];
            }
        }
        startDrain();
    }

    /**
     * The page was replaced: the old one will acknowledge nothing more, and what waits for it
     * (messages, and the bytes of its tickets) is for a document that is gone.
     */
    void pageChanged() {
        synchronized (this) {
            dropAll();
        }
        this.tickets.dropAll();
    }

    /** The window closed: what waits is dropped, and nobody waits for room any more. */
    void close() {
        synchronized (this) {
            this.closed = true;
            dropAll();
        }
        this.tickets.dropAll();
    }

    private void dropAll() {
        this.messages.clear();
        this.queuedChars = 0;
        this.inFlight.clear();
        this.inFlightChars = 0;
        this.unaskedChars = 0;
        this.missedEvents = 0;
        notifyAll();
    }

    /** Bytes were fetched or dropped, or messages left: senders waiting for room look again. */
    private synchronized void roomMade() {
        notifyAll();
    }

    private void drain() {
        while (true) {
            List<String> batch = new ArrayList<>();
            long chars = 0;
            long sequence;
            synchronized (this) {
                if (this.closed || !canSend()) {
                    this.draining = false;
                    return;
                }
                int estimate = this.receiver.length() + 16;
                String next;
                while ((next = this.messages.peek()) != null
                        && (batch.isEmpty() || estimate + next.length() + 8 < this.limits.batchChars())) {
                    batch.add(this.messages.poll());
                    chars += next.length();
                    // A message's quotes and commas; escapes, rare in JSON text, may add a little.
                    estimate += next.length() + 3;
                }
                this.queuedChars -= chars;
                notifyAll();
                sequence = sendingBatch(chars);
            }
            StringBuilder script = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 64, chars + 64L * batch.size()))
                .append(this.receiver).append(".batch([");
            for (int i = 0; i < batch.size(); i++) {
                JsString.appendQuoted(script.append((i > 0) ? "," : ""), batch.get(i));
            }
            // A batch that asks for no acknowledgement carries 0; the page acknowledges up to n.
            if (!sendSafely(script.append("],").append(Math.max(0, sequence)).append(')').toString())) {
                // No page to acknowledge it: its browser is closing.
                forget(Math.abs(sequence));
            }
        }
    }

    /**
     * Count the next batch as sent.
     * @return its number, positive when it asks for an acknowledgement, negative otherwise
     */
    private long sendingBatch(long chars) {
        long sequence = this.nextSequence++;
        this.inFlight.addLast(new long[] { sequence, chars });
        this.inFlightChars += chars;
        this.unaskedChars += chars;
        if (this.unaskedChars < this.limits.ackEveryChars()) {
            return -sequence;
        }
        this.unaskedChars = 0;
        return sequence;
    }

    private synchronized void forget(long sequence) {
        this.inFlight.removeIf((batch) -> {
            if (batch[0] != sequence) {
                return false;
            }
            this.inFlightChars -= batch[1];
            return true;
        });
    }

    private boolean sendSafely(String script) {
        try {
            return this.send.test(script);
        }
        catch (RuntimeException ex) {
            logger.warn("Could not send messages to the page", ex);
            return false;
        }
    }

    private static String describe(Duration duration) {
        return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(long chars) {
        return (chars >= (1 << 20) && chars % (1 << 20) == 0) ? (chars >> 20) + " MB" : chars + " bytes";
    }

    /** Events dropped for this page since it was last told; for tests. */
    synchronized long missedEvents() {
        return this.missedEvents;
    }
}
