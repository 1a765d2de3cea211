package dev.jtauri;

import java.util.function.Consumer;

/**
 * Listening to events in PyTauri's static form: {@code Listener.listen(app, "name", handler)}.
 *
 * <p>Handlers are synchronous callbacks, as in PyTauri. They run on an event-delivery thread
 * (named {@code tauri-event-N}), never a UI thread and never the portal, so an async function
 * made blocking with {@link dev.jtauri.async.AsyncTools#toSync} is safe in them:
 * <pre>{@code
 * Listener.once(app, "foo-event", asyncTools.toSync(event -> handle(event)));
 * }</pre>
 * Each listener receives its events one at a time, in the order they were emitted; a listener
 * that blocks delays only itself.
 */
public final class Listener {

    private Listener() {
    }

    /**
     * Listen to an event as the given manager: as the app for the app handle, as the window for
     * a window.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id, for {@link #unlisten}
     */
    public static long listen(ImplManager manager, String event, Consumer<Event> handler) {
        return manager.appHandle().listen(manager.listenerTarget(), event, handler);
    }

    /**
     * Listen to one event, then stop listening.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    public static long once(ImplManager manager, String event, Consumer<Event> handler) {
        return manager.appHandle().once(manager.listenerTarget(), event, handler);
    }

    /**
     * Listen to an event whatever its target.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    public static long listenAny(ImplManager manager, String event, Consumer<Event> handler) {
        return manager.appHandle().listenAny(event, handler);
    }

    /**
     * Listen to one event whatever its target, then stop listening.
     * @param manager the app handle or a window
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    public static long onceAny(ImplManager manager, String event, Consumer<Event> handler) {
        return manager.appHandle().onceAny(event, handler);
    }

    /**
     * Stop a listener. Unknown ids are ignored.
     * @param manager the app handle or a window
     * @param id the listener's id
     */
    public static void unlisten(ImplManager manager, long id) {
        manager.appHandle().unlisten(id);
    }
}
