package dev.jtauri.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.jtauri.Event;
import dev.jtauri.EventTarget;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers events to Java listeners and to the listeners of every connected page.
 *
 * <p>An emit serializes its payload once, hands it to each page that has a matching listener
 * (pages queue it, so this does not block), and queues it for each matching Java listener.
 * Java listeners run on the delivery threads, each listener serially, in emit order; the emitter
 * never waits for them.
 */
public final class EventBus {

    private static final Logger logger = LoggerFactory.getLogger(EventBus.class);

    private final JsonMapper mapper;

    private final Executor deliveryThreads;

    private final Supplier<? extends Collection<PageConnection>> pages;

    // One id sequence for Java and page listeners, as in Tauri.
    private final AtomicLong nextId = new AtomicLong(1);

    private final Map<String, Map<Long, JavaListener>> javaListeners = new ConcurrentHashMap<>();

    private final Map<Long, String> javaListenerEvents = new ConcurrentHashMap<>();

    // page label -> event name -> event id -> listener
    private final Map<String, Map<String, Map<Long, PageListener>>> pageListeners = new ConcurrentHashMap<>();

    /**
     * Create the bus.
     * @param mapper serializes payloads and decodes them for listeners
     * @param deliveryThreads where Java listeners run; never a UI thread or the portal
     * @param pages the connected pages, read at each emit
     */
    public EventBus(JsonMapper mapper, Executor deliveryThreads, Supplier<? extends Collection<PageConnection>> pages) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.deliveryThreads = Objects.requireNonNull(deliveryThreads, "deliveryThreads");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * Add a Java listener.
     * @param target what it listens as
     * @param event the event's name
     * @param handler the handler
     * @param once whether to stop after the first event
     * @return the listener's id
     */
    public long listen(EventTarget target, String event, Consumer<Event> handler, boolean once) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(handler, "handler");
        EventNames.validate(event);
        long id = this.nextId.getAndIncrement();
        JavaListener listener = new JavaListener(id, event, target, handler, once, new SerialExecutor(this.deliveryThreads));
        this.javaListenerEvents.put(id, event);
        this.javaListeners.computeIfAbsent(event, (key) -> new ConcurrentHashMap<>()).put(id, listener);
        return id;
    }

    /**
     * Remove a listener, Java or page. Unknown ids are ignored.
     * @param id the listener's id
     */
    public void unlisten(long id) {
        JavaListener removed = removeJavaListener(id);
        if (removed != null) {
            // Events already queued for it are dropped too: after unlisten, the handler is not called.
            removed.active = false;
            return;
        }
        this.pageListeners.values().forEach((byEvent) -> byEvent.values().forEach((byId) -> byId.remove(id)));
    }

    private @Nullable JavaListener removeJavaListener(long id) {
        String event = this.javaListenerEvents.remove(id);
        Map<Long, JavaListener> listeners = (event != null) ? this.javaListeners.get(event) : null;
        return (listeners != null) ? listeners.remove(id) : null;
    }

    /**
     * A queue that runs tasks one at a time, in order, on the bus's delivery threads: what a
     * Java handler needs to see its events in order without holding up other handlers.
     * @return a new queue
     */
    public Executor serialQueue() {
        return new SerialExecutor(this.deliveryThreads);
    }

    /**
     * Whether some page listens to an event with a target the filter accepts: such a listener
     * holds a window's close, as in Tauri, whose {@code has_js_listener} asks the same. A listener
     * of {@link EventTarget#any()} hears the event, but counts here only if the filter accepts
     * it: a page that logs every {@code tauri://close-requested} must not hold every window open.
     * @param event the event's name
     * @param filter accepts the listeners' targets that count
     * @return true when a page listens with such a target
     */
    public boolean pagesListen(String event, Predicate<EventTarget> filter) {
        for (Map<String, Map<Long, PageListener>> byEvent : this.pageListeners.values()) {
            Map<Long, PageListener> byId = byEvent.get(event);
            if (byId != null && byId.values().stream().anyMatch((listener) -> filter.test(listener.target()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Add a listener a page registered.
     * @param pageLabel the page's label
     * @param event the event's name
     * @param target what it listens as
     * @param handlerId the page's callback id
     * @return the listener's id, which the page's handler receives as {@code event.id}
     */
    public long listenPage(String pageLabel, String event, EventTarget target, long handlerId) {
        EventNames.validate(event);
        long id = this.nextId.getAndIncrement();
        this.pageListeners.computeIfAbsent(pageLabel, (key) -> new ConcurrentHashMap<>())
            .computeIfAbsent(event, (key) -> new ConcurrentHashMap<>())
            .put(id, new PageListener(id, handlerId, target));
        return id;
    }

    /**
     * Remove one of a page's listeners. A page cannot remove another page's.
     * @param pageLabel the page's label
     * @param event the event's name
     * @param eventId the listener's id
     */
    public void unlistenPage(String pageLabel, String event, long eventId) {
        Map<String, Map<Long, PageListener>> byEvent = this.pageListeners.get(pageLabel);
        Map<Long, PageListener> byId = (byEvent != null) ? byEvent.get(event) : null;
        if (byId != null) {
            byId.remove(eventId);
        }
    }

    /**
     * Forget every listener of a page that went away.
     * @param pageLabel the page's label
     */
    public void removePage(String pageLabel) {
        this.pageListeners.remove(pageLabel);
    }

    /**
     * Emit to every listener.
     * @param event the event's name
     * @param payload serialized as JSON
     */
    public void emit(String event, @Nullable Object payload) {
        emitJson(event, toJson(event, payload), null);
    }

    /**
     * Emit to the listeners of a target, as Tauri's {@code emit_to}.
     * @param target the target
     * @param event the event's name
     * @param payload serialized as JSON
     */
    public void emitTo(EventTarget target, String event, @Nullable Object payload) {
        Objects.requireNonNull(target, "target");
        emitJson(event, toJson(event, payload), TargetFilters.emitTo(target));
    }

    /**
     * Emit to the listeners whose targets a filter accepts, as Tauri's {@code emit_filter}.
     * @param event the event's name
     * @param payload serialized as JSON
     * @param filter accepts the listeners' targets
     */
    public void emitFilter(String event, @Nullable Object payload, Predicate<EventTarget> filter) {
        Objects.requireNonNull(filter, "filter");
        emitJson(event, toJson(event, payload), filter);
    }

    /**
     * Emit a payload that is already JSON text.
     * @param event the event's name
     * @param payloadJson the payload
     * @param filter accepts the listeners' targets; {@code null} for all
     */
    public void emitJson(String event, String payloadJson, @Nullable Predicate<EventTarget> filter) {
        EventNames.validate(event);
        deliverToPages(event, payloadJson, filter);
        Map<Long, JavaListener> listeners = this.javaListeners.get(event);
        if (listeners != null) {
            for (JavaListener listener : listeners.values()) {
                if (TargetFilters.hears(listener.target, filter)) {
                    listener.deliver(payloadJson);
                }
            }
        }
    }

    private void deliverToPages(String event, String payloadJson, @Nullable Predicate<EventTarget> filter) {
        for (PageConnection page : this.pages.get()) {
            Map<String, Map<Long, PageListener>> byEvent = this.pageListeners.get(page.label());
            Map<Long, PageListener> byId = (byEvent != null) ? byEvent.get(event) : null;
            if (byId == null || byId.isEmpty()) {
                continue;
            }
            List<PageListener> hearing = new ArrayList<>(byId.size());
            for (PageListener listener : byId.values()) {
                if (TargetFilters.hears(listener.target(), filter)) {
                    hearing.add(listener);
                }
            }
            if (!hearing.isEmpty()) {
                try {
                    page.deliverEvent(event, payloadJson, hearing);
                }
                catch (RuntimeException ex) {
                    logger.warn("Could not deliver event '{}' to page '{}'", event, page.label(), ex);
                }
            }
        }
    }

    private String toJson(String event, @Nullable Object payload) {
        try {
            return this.mapper.writeValueAsString(payload);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The payload of event '" + event + "' ("
                    + payload.getClass().getName() + ") cannot be serialized as JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    /** A Java listener with its own serial queue. */
    private final class JavaListener {

        private final long id;

        private final String event;

        private final EventTarget target;

        private final Consumer<Event> handler;

        private final @Nullable AtomicBoolean fired;

        private final SerialExecutor queue;

        private volatile boolean active = true;

        JavaListener(long id, String event, EventTarget target, Consumer<Event> handler, boolean once,
                SerialExecutor queue) {
            this.id = id;
            this.event = event;
            this.target = target;
            this.handler = handler;
            this.fired = once ? new AtomicBoolean() : null;
            this.queue = queue;
        }

        void deliver(String payloadJson) {
            if (this.fired != null) {
                // A once-listener is removed by the first emit that reaches it, before any other
                // emit can, so it runs exactly once however many threads emit.
                if (!this.fired.compareAndSet(false, true)) {
                    return;
                }
                removeJavaListener(this.id);
            }
            Event delivered = new DeliveredEvent(this.id, this.event, payloadJson, EventBus.this.mapper);
            try {
                this.queue.execute(() -> run(delivered));
            }
            catch (RuntimeException ex) {
                // The delivery threads are gone: the app is shutting down.
                logger.debug("Dropped event '{}' for listener {}: {}", this.event, this.id, ex.toString());
            }
        }

        private void run(Event delivered) {
            if (!this.active) {
                return;
            }
            try {
                this.handler.accept(delivered);
            }
            catch (Throwable ex) {
                logger.error("Listener {} of event '{}' failed", this.id, this.event, ex);
            }
        }
    }
}
