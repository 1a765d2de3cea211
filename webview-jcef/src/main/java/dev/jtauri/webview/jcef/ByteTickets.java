package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One window's large bytes on their way to its page (raw results and channel messages), each
 * under a random ticket the page fetches them with: whole, or in ranges fetched side by side,
 * which CEF serves faster than one stream because it reads a custom-scheme response 64 KB per
 * round of its threads. A ticket serves as many bytes as it holds, in whatever ranges; then it is
 * gone.
 *
 * <p>The bytes of a ticket sent in a message count in its window's budget ({@link PageOutbox})
 * until the page says they arrived: a page that does not fetch them holds up its own channels,
 * never the app's memory. They are dropped when the page that was to fetch them goes
 * ({@link #dropAll}: a reload, a navigation, the window's close), and, for a page that never
 * fetches a ticket at all (one it no longer listens for), after a lifetime long enough for any
 * page that still wants them.
 */
final class ByteTickets {

    /** How long a ticket waits for its page. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicLong outstanding = new AtomicLong();

    private final long lifetimeNanos;

    private final Executor sweeps;

    private final AtomicBoolean sweepPending = new AtomicBoolean();

    ByteTickets() {
        this(LIFETIME);
    }

    /**
     * Tickets that serve for as long as given, and are dropped within twice that even when no
     * other ticket is issued.
     */
    ByteTickets(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
        this.sweeps = CompletableFuture.delayedExecutor(this.lifetimeNanos, TimeUnit.NANOSECONDS, Runnable::run);
    }

    /**
     * Keep bytes for the page.
     * @param bytes the bytes
     * @return what the page is told: the ticket, a colon and the byte count
     */
    String issue(byte[] bytes) {
        String ticket = SingleUseTokens.randomHex();
        this.outstanding.addAndGet(bytes.length);
        this.entries.put(ticket, new Entry(bytes, System.nanoTime()));
        scheduleSweep();
        return ticket + ':' + bytes.length;
    }

    /**
     * Take a ticket's bytes, all of them.
     * @param ticket the ticket (without the byte count)
     * @return the bytes, or {@code null} when the ticket is unknown, expired, or used up in
     * part or whole
     */
    @Nullable Range take(String ticket) {
        Entry entry = this.entries.remove(ticket);
        if (entry == null) {
            return null;
        }
        released(entry);
        // Only a ticket none of whose ranges were served gives all its bytes.
        boolean whole = !expired(entry) && entry.unserved.compareAndSet(entry.bytes.length, 0);
        return whole ? new Range(entry.bytes, 0, entry.bytes.length) : null;
    }

    /**
     * Take a range of a ticket's bytes.
     * @param ticket the ticket (without the byte count)
     * @param from the first byte's index
     * @param to the index after the last byte
     * @return the range, or {@code null} when the ticket is unknown, used up or expired, or the
     * range is empty or outside its bytes
     */
    @Nullable Range take(String ticket, int from, int to) {
        Entry entry = this.entries.get(ticket);
        if (entry == null || from < 0 || to <= from || to > entry.bytes.length) {
            return null;
        }
        if (expired(entry)) {
            remove(ticket, entry);
            return null;
        }
        // Every range counts, a repeated or refused one too, so a ticket serves no more than it
        // holds: a range is served only when it fits in what is left.
        long left = entry.unserved.addAndGet(from - to);
        if (left <= 0) {
            remove(ticket, entry);
        }
        return (left >= 0) ? new Range(entry.bytes, from, to) : null;
    }

    /** Drop every ticket: the page that was to fetch them is gone. */
    void dropAll() {
        this.entries.forEach(this::remove);
    }

    /** How many tickets wait to be fetched. */
    int size() {
        return this.entries.size();
    }

    /** How many bytes wait in tickets, counted from their issue until they are served or dropped. */
    long outstandingBytes() {
        return this.outstanding.get();
    }

    private void remove(String ticket, Entry entry) {
        if (this.entries.remove(ticket, entry)) {
            released(entry);
        }
    }

    private void released(Entry entry) {
        this.outstanding.addAndGet(-entry.bytes.length);
    }

    /**
     * A page that went away never fetches its bytes: a sweep a lifetime from now drops expired
     * tickets, and schedules the next while some remain. One sweep waits at a time.
     */
    private void scheduleSweep() {
        if (this.sweepPending.compareAndSet(false, true)) {
            this.sweeps.execute(this::sweep);
        }
    }

    private void sweep() {
        this.sweepPending.set(false);
        this.entries.forEach((ticket, entry) -> {
            if (expired(entry)) {
                remove(ticket, entry);
            }
        });
        if (!this.entries.isEmpty()) {
            scheduleSweep();
        }
    }

    private boolean expired(Entry entry) {
        return System.nanoTime() - entry.issuedAt > this.lifetimeNanos;
    }

    /**
     * Bytes {@code from} to {@code to} of an array, served without a copy.
     * @param bytes the array
     * @param from the first byte's index
     * @param to the index after the last byte
     */
    record Range(byte[] bytes, int from, int to) {
    }

    private static final class Entry {

        private final byte[] bytes;

        private final long issuedAt;

        private final AtomicLong unserved;

        Entry(byte[] bytes, long issuedAt) {
            this.bytes = bytes;
            this.issuedAt = issuedAt;
            this.unserved = new AtomicLong(bytes.length);
        }
    }
}
