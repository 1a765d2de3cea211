package dev.jtauri;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Emitting events in PyTauri's static form: {@code Emitter.emit(app, "name", payload)}. Same as
 * the {@link AppHandle} methods. Payloads are serialized as JSON.
 */
public final class Emitter {

    private Emitter() {
    }

    /**
     * Emit an event to every listener, in Java and in every page.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param payload the payload, or {@code null}
     */
    public static void emit(ImplManager manager, String event, @Nullable Object payload) {
        manager.appHandle().emit(event, payload);
    }

    /**
     * Emit an event to the listeners of one target.
     * @param manager the app handle or a window
     * @param target the target
     * @param event the event's name
     * @param payload the payload, or {@code null}
     */
    public static void emitTo(ImplManager manager, EventTarget target, String event, @Nullable Object payload) {
        manager.appHandle().emitTo(target, event, payload);
    }

    /**
     * Emit an event to the window or webview with this label.
     * @param manager the app handle or a window
     * @param label the label
     * @param event the event's name
     * @param payload the payload, or {@code null}
     */
    public static void emitTo(ImplManager manager, String label, String event, @Nullable Object payload) {
        manager.appHandle().emitTo(label, event, payload);
    }

    /**
     * Emit an event to the targets a filter accepts.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param payload the payload, or {@code null}
     * @param filter accepts the targets to deliver to
     */
    public static void emitFilter(ImplManager manager, String event, @Nullable Object payload,
            Predicate<EventTarget> filter) {
        manager.appHandle().emitFilter(event, payload, filter);
    }
}
