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

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages on their way to one window's page (events, channel messages, channel ends, the
 * answers to batched invokes), in the order they were posted, sent in batches: one
 * {@code executeJavaScript} carries every message posted since the previous one left. A script
 * costs the page an IPC message and a compile whatever its length, so a fast sender gets fewer,
 * larger scripts, and a slow one a script per message, with no delay added.
 *
 * <p>Memory stays bounded on both sides when the page is slower than Java, or stops. A message
 * weighs its characters and the large bytes it carries in a {@link ByteTickets ticket}, which the
 * page fetches. The page acknowledges the batches it handled ({@code jtauri:ack:<n>}) when a batch
 * asks it to, one batch in {@link Limits#ackEveryChars} of weight, and only once the bytes of
 * every ticket it was sent so far have arrived: no more than {@link Limits#inFlightChars} of
 * weight are sent and not acknowledged (scripts waiting in Chromium, bytes on their way to the
 * page), and a page that acknowledges nothing gets nothing more until it does. In Java, the
 * window's budget ({@link Limits#queuedChars}) holds the messages not yet sent. When it is full:
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
     * @param ackEveryChars a batch asks the page for an acknowledgement once this much weight went
     * since the last one that did; less than {@code inFlightChars}
     * @param inFlightChars the weight sent and not yet acknowledged by the page: scripts, and the
     * bytes of their tickets
     * @param queuedChars the weight of the messages posted and not yet sent
     * @param sendTimeout how long a channel message waits for room
     */
    record Limits(int batchChars, long ackEveryChars, long inFlightChars, long queuedChars, Duration sendTimeout) {

        static final Limits DEFAULT = new Limits(1 << 20, 1L << 20, 8L << 20, 32L << 20, Duration.ofSeconds(10));

        Limits {
            if (ackEveryChars >= inFlightChars) {
                throw new IllegalArgumentException("ackEveryChars must be below inFlightChars");
            }
        }

        /** These limits, with channel messages waiting this long for room. */
        Limits withSendTimeout(Duration timeout) {
            return new Limits(this.batchChars, this.ackEveryChars, this.inFlightChars, this.queuedChars, timeout);
        }
    }

    /**
     * A message and the large bytes it carries in a ticket, which count in its weight.
     * @param text a JSON array the receiver's {@code batch} understands
     * @param bytes the bytes of its ticket, 0 for none
     */
    record Outgoing(String text, long bytes) {

        long weight() {
            return this.text.length() + this.bytes;
        }
    }

    // All guarded by "this".
    private final Deque<Outgoing> messages = new ArrayDeque<>();

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
     * @param tickets the window's large bytes, dropped with the page that was to fetch them
     * @param limits how much may wait
     */
    PageOutbox(String receiver, Predicate<String> send, Executor drainer, ByteTickets tickets, Limits limits) {
        this.receiver = receiver;
        this.send = send;
        this.drainer = drainer;
        this.tickets = tickets;
        this.limits = limits;
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
                enqueue(new Outgoing("[\"m\"," + this.missedEvents + "]", 0));
                this.missedEvents = 0;
            }
            enqueue(new Outgoing(message, 0));
        }
        startDrain();
        return true;
    }

    /**
     * Post a message once the window's budget has room for it, waiting at most
     * {@link Limits#sendTimeout} (never on the EDT, which goes over the bound); once the window
     * closed, drop it.
     * @param weight the message's characters and the bytes it will carry in a ticket
     * @param message makes the message, issuing its ticket, once there is room; {@code null} when
     * it is no longer to be sent (its page is gone)
     * @param what the sender, for the failure
     * @throws IllegalStateException when the page took nothing for the timeout, or the waiting
     * thread was interrupted
     */
    void postWaiting(long weight, Supplier<@Nullable Outgoing> message, String what) {
        synchronized (this) {
            awaitRoom(weight, what);
            if (this.closed) {
                return;
            }
            // Made with the lock held: a page change, which drops what waits, comes before or after.
            Outgoing made = message.get();
            if (made == null) {
                return;
            }
            enqueue(made);
        }
        startDrain();
    }

    /**
     * Post a message that never waits for room and is never dropped: the answer to a call of the
     * page, or the end of a channel.
     * @param message the message
     */
    void postAlways(Outgoing message) {
        synchronized (this) {
            if (this.closed) {
                return;
            }
            enqueue(message);
        }
        startDrain();
    }

    private boolean hasRoom(long weight) {
        // A message larger than the whole budget goes when nothing else waits.
        return this.queuedChars + weight <= this.limits.queuedChars() || this.messages.isEmpty();
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

    private void enqueue(Outgoing message) {
        this.queuedChars += message.weight();
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
        Outgoing next = this.messages.peek();
        return next != null && (this.inFlight.isEmpty() || this.inFlightChars + next.weight() <= this.limits.inFlightChars());
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

    private void drain() {
        while (true) {
            List<Outgoing> batch = new ArrayList<>();
            long weight = 0;
            long chars = 0;
            long sequence;
            synchronized (this) {
                if (this.closed || !canSend()) {
                    this.draining = false;
                    return;
                }
                int estimate = this.receiver.length() + 16;
                Outgoing next;
                while ((next = this.messages.peek()) != null && (batch.isEmpty()
                        || (estimate + next.text().length() + 8 < this.limits.batchChars()
                                && this.inFlightChars + weight + next.weight() <= this.limits.inFlightChars()))) {
                    batch.add(this.messages.poll());
                    weight += next.weight();
                    chars += next.text().length();
                    // A message's quotes and commas; escapes, rare in JSON text, may add a little.
                    estimate += next.text().length() + 3;
                }
                this.queuedChars -= weight;
                notifyAll();
                sequence = sendingBatch(weight);
            }
            StringBuilder script = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 64, chars + 64L * batch.size()))
                .append(this.receiver).append(".batch([");
            for (int i = 0; i < batch.size(); i++) {
                JsString.appendQuoted(script.append((i > 0) ? "," : ""), batch.get(i).text());
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

    /** The weight of the messages waiting to be sent. */
    synchronized long queuedChars() {
        return this.queuedChars;
    }

    /** The weight sent and not yet acknowledged by the page. */
    synchronized long inFlightChars() {
        return this.inFlightChars;
    }

    /** Events dropped for this page since it was last told; for tests. */
    synchronized long missedEvents() {
        return this.missedEvents;
    }
}
