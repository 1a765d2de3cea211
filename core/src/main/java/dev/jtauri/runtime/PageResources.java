package dev.jtauri.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.jtauri.resources.ResourceTable;
import dev.jtauri.webview.PageConnection;

/**
 * The resource table of each connected page, by label: made when the page connects, closed when
 * it disconnects. A table belongs to one page object, so a page that takes over a label after
 * another disconnected never sees the other's resources. Thread-safe.
 */
final class PageResources {

    private final Map<String, Held> tables = new ConcurrentHashMap<>();

    /** A connected page gets an empty table; one left by a page of that label is closed. */
    void open(PageConnection page) {
        Held stale = this.tables.put(page.label(), new Held(page, new ResourceTable()));
        if (stale != null) {
            stale.table().closeAll();
        }
    }

    /** A disconnected page's table is closed; a table another page holds under the label is kept. */
    void close(PageConnection page) {
        Held held = this.tables.get(page.label());
        if (held != null && held.page() == page && this.tables.remove(page.label(), held)) {
            held.table().closeAll();
        }
    }

    Optional<ResourceTable> of(String label) {
        return Optional.ofNullable(this.tables.get(label)).map(Held::table);
    }

    Optional<ResourceTable> of(PageConnection page) {
        Held held = this.tables.get(page.label());
        return (held != null && held.page() == page) ? Optional.of(held.table()) : Optional.empty();
    }

    private record Held(PageConnection page, ResourceTable table) {
    }
}
