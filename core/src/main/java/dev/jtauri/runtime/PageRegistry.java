package dev.jtauri.runtime;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.jtauri.webview.PageConnection;

/**
 * The pages connected to the runtime, by label. Thread-safe.
 */
final class PageRegistry {

    private final Map<String, PageConnection> pages = new ConcurrentHashMap<>();

    void add(PageConnection page) {
        PageConnection existing = this.pages.putIfAbsent(page.label(), page);
        if (existing != null && existing != page) {
            throw new IllegalStateException("A page labelled '" + page.label() + "' is already connected");
        }
    }

    boolean remove(PageConnection page) {
        return this.pages.remove(page.label(), page);
    }

    Optional<PageConnection> get(String label) {
        return Optional.ofNullable(this.pages.get(label));
    }

    /** A live view: an emit reads it without copying. */
    Collection<PageConnection> all() {
        return this.pages.values();
    }
}
