package dev.jtauri.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The events one page listener of the test client received, in order of arrival.
 */
public final class ReceivedEvents {

    private final TauriTestClient client;

    private final String event;

    private volatile long listenerId = -1;

    private final List<ReceivedEvent> all = new ArrayList<>();

    private final BlockingQueue<ReceivedEvent> unread = new LinkedBlockingQueue<>();

    ReceivedEvents(TauriTestClient client, String event) {
        this.client = client;
        this.event = event;
    }

    void listenerId(long listenerId) {
        this.listenerId = listenerId;
    }

    /**
     * The event's name.
     * @return the name
     */
    public String event() {
        return this.event;
    }

    /**
     * The listener's id, as {@code plugin:event|listen} returned it.
     * @return the id
     */
    public long listenerId() {
        return this.listenerId;
    }

    /**
     * The next event not read yet, waiting up to the client's timeout.
     * @return the event
     * @throws AssertionError when none arrives in time
     */
    public ReceivedEvent next() {
        return next(this.client.timeout());
    }

    /**
     * The next event not read yet, waiting up to a timeout.
     * @param timeout how long to wait
     * @return the event
     * @throws AssertionError when none arrives in time
     */
    public ReceivedEvent next(Duration timeout) {
        try {
            ReceivedEvent next = this.unread.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("No '" + this.event + "' event arrived within " + timeout);
            }
            return next;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a '" + this.event + "' event", ex);
        }
    }

    /**
     * Every event received so far, read or not.
     * @return a snapshot
     */
    public List<ReceivedEvent> all() {
        synchronized (this.all) {
            return List.copyOf(this.all);
        }
    }

    /**
     * Stop listening, as the page's unlisten function does.
     */
    public void unlisten() {
        this.client.unlisten(this);
    }

    void add(ReceivedEvent received) {
        synchronized (this.all) {
            this.all.add(received);
        }
        this.unread.add(received);
    }
}
