package dev.jtauri.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.jtauri.webview.PageConnection;

/**
 * How many calls each page has in flight, within a bound: a page that starts calls without end
 * gets a clear refusal past it, never an unbounded queue of work. A call holds its slot until its
 * work has ended, called off or not: work that ignores its cancellation still counts.
 */
final class CallSlots {

    private final int max;

    private final Map<PageConnection, Integer> inFlight = new ConcurrentHashMap<>();

    CallSlots(int max) {
        this.max = max;
    }

    int max() {
        return this.max;
    }

    /**
     * Take a slot for a call of a page.
     * @return false when the page has as many calls in flight as it may
     */
    boolean take(PageConnection page) {
        boolean[] taken = new boolean[1];
        this.inFlight.compute(page, (key, count) -> {
            int current = (count != null) ? count : 0;
            taken[0] = current < this.max;
            return taken[0] ? current + 1 : count;
        });
        return taken[0];
    }

    /** A call of the page ended: its slot is free. */
    void release(PageConnection page) {
        this.inFlight.computeIfPresent(page, (key, count) -> (count > 1) ? count - 1 : null);
    }

    /** The calls a page has in flight. */
    int inFlight(PageConnection page) {
        return this.inFlight.getOrDefault(page, 0);
    }
}
