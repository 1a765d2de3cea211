package dev.jtauri.window;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.jtauri.EventTarget;
import dev.jtauri.event.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window's events on their way out: to the pages as {@code tauri://} events targeted at the
 * window, and to the window's Java handlers, which run one at a time, in order, on the event bus's
 * threads. A window host fires them; it never runs a handler itself.
 */
public final class WindowEvents {

    private static final Logger logger = LoggerFactory.getLogger(WindowEvents.class);

    private final String label;

    private final EventBus bus;

    private final Executor queue;

    private final List<Consumer<WindowEvent>> handlers = new CopyOnWriteArrayList<>();

    /**
     * @param label the window's label
     * @param bus the app's event bus
     */
    public WindowEvents(String label, EventBus bus) {
        this.label = label;
        this.bus = bus;
        this.queue = bus.serialQueue();
    }

    /**
     * Add a Java handler.
     * @param handler the handler
     */
    public void add(Consumer<WindowEvent> handler) {
        this.handlers.add(handler);
    }

    /**
     * Send an event to the pages and the handlers, in order, on the event bus's threads; returns
     * at once. As Tauri's, it reaches the
     * listeners of the window (as a {@code Window} or a {@code WebviewWindow} target, which is what
     * {@code getCurrentWindow()} and {@code getCurrentWebviewWindow()} listen as) and those
     * listening to any target.
     * @param event the event
     */
    public void fire(WindowEvent event) {
        // Off the caller's thread, often the EDT: the payload's JSON is written on the queue.
        try {
            this.queue.execute(() -> this.bus.emitFilter(event.eventName(), event.payload(), audience(event)));
            for (Consumer<WindowEvent> handler : this.handlers) {
                this.queue.execute(() -> run(handler, event));
            }
        }
        catch (RejectedExecutionException ex) {
            logger.debug("{} of window '{}' not delivered: the app is ending", event, this.label);
        }
    }

    /**
     * Ask whether the window may close: the pages and the handlers hear the request, and the
     * close is held when a page listens to it as this window (as {@code onCloseRequested} does:
     * the page then closes or destroys the window itself) or a handler prevents it. A page
     * listening to any target hears the request without holding the close, as in Tauri.
     * @return completes with true when the window may close now
     */
    public CompletableFuture<Boolean> requestClose() {
        WindowEvent.CloseRequested request = new WindowEvent.CloseRequested();
        boolean pageHolds = this.bus.pagesListen(WindowEvent.CLOSE_REQUESTED, audience(request));
        fire(request);
        CompletableFuture<Boolean> decision = new CompletableFuture<>();
        // Queued after the handlers: it runs once they all have. An app that is ending closes.
        try {
            this.queue.execute(() -> decision.complete(!pageHolds && !request.isClosePrevented()));
        }
        catch (RejectedExecutionException ex) {
            decision.complete(true);
        }
        return decision;
    }

    /**
     * Which listeners' targets a window event reaches, as Tauri's {@code emit_to_window}; file
     * drops reach the webview's listeners too ({@code getCurrentWebview().onDragDropEvent}).
     */
    private Predicate<EventTarget> audience(WindowEvent event) {
        boolean webviewToo = event instanceof WindowEvent.DragDropEvent;
        return (target) -> (target instanceof EventTarget.Window || target instanceof EventTarget.WebviewWindow
                || (webviewToo && target instanceof EventTarget.Webview))
                && ((EventTarget.Labelled) target).label().equals(this.label);
    }

    private void run(Consumer<WindowEvent> handler, WindowEvent event) {
        try {
            handler.accept(event);
        }
        catch (RuntimeException ex) {
            logger.warn("A handler of window '{}' failed on {}", this.label, event, ex);
        }
    }
}
