package dev.jtauri.resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import dev.jtauri.InvokeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java objects a page holds by id, as Tauri's {@code ResourceTable}: a command adds an object
 * and returns its resource id ({@code rid}) to the page, which passes the id back to later
 * commands and ends with {@code close()}. An {@code Image} of {@code @tauri-apps/api/image} is
 * one. Thread-safe.
 *
 * <p>The runtime keeps one table per connected page and {@link #closeAll() closes} it when the
 * page disconnects (its window closes); as Tauri's webview table, it outlives a reload. A command
 * gets its caller's table by declaring a {@code ResourceTable} parameter:
 *
 * <pre>{@code
 * @TauriCommand
 * int openLog(ResourceTable resources, String name) {
 *     return resources.add(new LogReader(name));
 * }
 * }</pre>
 *
 * <p>Resource ids are positive and unique in the process, so an id one page got never names
 * another page's resource. Do not use a table to share objects between pages: use
 * {@linkplain dev.jtauri.AppHandle#manage(Object) state}.
 */
public final class ResourceTable {

    private static final Logger logger = LoggerFactory.getLogger(ResourceTable.class);

    private static final AtomicInteger lastId = new AtomicInteger();

    private final Map<Integer, Object> resources = new HashMap<>();

    private boolean closed;

    /**
     * An empty table. The runtime makes one for each page it connects; make one yourself only
     * for objects you hand out by id outside a page.
     */
    public ResourceTable() {
    }

    /**
     * Add a resource.
     * @param resource the object; an {@link AutoCloseable} is closed when removed from the table
     * @return its id, a positive number
     * @throws InvokeException when the table is closed (its page has gone): the resource is
     * closed then
     */
    public int add(Object resource) {
        Objects.requireNonNull(resource, "resource");
        synchronized (this.resources) {
            if (!this.closed) {
                int rid = nextId();
                this.resources.put(rid, resource);
                return rid;
            }
        }
        close(-1, resource);
        throw new InvokeException("the page has disconnected: its resources are closed");
    }

    private int nextId() {
        int rid;
        do {
            rid = lastId.updateAndGet((id) -> (id == Integer.MAX_VALUE) ? 1 : id + 1);
        }
        while (this.resources.containsKey(rid));
        return rid;
    }

    /**
     * The resource with an id.
     * @param <T> its type
     * @param rid its id
     * @param type its class, or a supertype of it
     * @return the resource
     * @throws InvokeException when the table has no resource with that id ({@code no resource
     * with id 7}), or one of another type ({@code resource id 7 is not an Image})
     */
    public <T> T get(int rid, Class<T> type) {
        Object resource;
        synchronized (this.resources) {
            resource = this.resources.get(rid);
        }
        if (resource == null) {
            throw new InvokeException("no resource with id " + rid);
        }
        if (!type.isInstance(resource)) {
            throw new InvokeException("resource id " + rid + " is not " + withArticle(type.getSimpleName()));
        }
        return type.cast(resource);
    }

    /**
     * Remove a resource, closing it if it is {@link AutoCloseable}. A failure to close is logged,
     * not thrown: the resource is gone from the table either way.
     * @param rid its id
     * @return false when the table had no resource with that id
     */
    public boolean close(int rid) {
        Object resource;
        synchronized (this.resources) {
            resource = this.resources.remove(rid);
        }
        if (resource == null) {
            return false;
        }
        close(rid, resource);
        return true;
    }

    /**
     * Close every resource, as {@link #close(int)} does, and the table: a later {@link #add}
     * closes what it is given and fails. The runtime calls this when the table's page disconnects.
     */
    public void closeAll() {
        List<Map.Entry<Integer, Object>> removed;
        synchronized (this.resources) {
            this.closed = true;
            removed = new ArrayList<>(this.resources.entrySet());
            this.resources.clear();
        }
        for (Map.Entry<Integer, Object> entry : removed) {
            close(entry.getKey(), entry.getValue());
        }
    }

    private static void close(int rid, Object resource) {
        if (resource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            }
            catch (Exception ex) {
                logger.warn("Resource {} ({}) failed to close", (rid > 0) ? rid : "not added",
                        closeable.getClass().getName(), ex);
            }
        }
    }

    private static String withArticle(String noun) {
        return ("AEIOU".indexOf(noun.isEmpty() ? 'x' : Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ")
                + noun;
    }

    @Override
    public String toString() {
        synchronized (this.resources) {
            return "ResourceTable[" + (this.closed ? "closed" : this.resources.size() + " resources") + "]";
        }
    }
}
