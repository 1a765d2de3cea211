package dev.jtauri;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.jtauri.image.Image;
import dev.jtauri.path.PathResolver;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.Theme;
import org.jspecify.annotations.Nullable;

/**
 * The app, as commands, listeners and beans see it: Tauri's {@code AppHandle}. Inject it into a
 * command parameter or autowire it. Thread-safe.
 *
 * <p>It carries the app state ({@link #manage}, {@link #state}), the event system
 * ({@link #emit}, {@link #listen}) and the windows. {@link Manager}, {@link Emitter} and
 * {@link Listener} offer the same calls in PyTauri's static form.
 */
public interface AppHandle extends ImplManager {

    // ---- state (Tauri's Manager)

    /**
     * Manage a state value, keyed by its class.
     * @param state the value
     * @return false when a value of that class was already managed (it is kept)
     */
    boolean manage(Object state);

    /**
     * Manage a state value under a type of your choice, such as an interface it implements.
     * @param type the key
     * @param state the value
     * @return false when a value was already managed under that type (it is kept)
     */
    <T> boolean manage(Class<T> type, T state);

    /**
     * The state managed under a type: the value managed under exactly that type, or else the
     * only one assignable to it.
     * @param type the type
     * @return the value
     * @throws IllegalStateException when no such state is managed, or several match
     */
    <T> T state(Class<T> type);

    /**
     * Like {@link #state(Class)}, empty when no such state is managed.
     * @param type the type
     * @return the value, if managed
     */
    <T> Optional<T> tryState(Class<T> type);

    // ---- events (Tauri's Emitter and Listener)

    /**
     * Emit an event to every listener, in Java and in every page.
     * @param event the event's name: alphanumerics, {@code -}, {@code /}, {@code :} and {@code _}
     * @param payload serialized as JSON; {@code null} for none
     * @throws IllegalArgumentException when the name is not valid
     */
    void emit(String event, @Nullable Object payload);

    /**
     * Emit an event to the listeners of one target.
     * @param target the target
     * @param event the event's name
     * @param payload serialized as JSON; {@code null} for none
     */
    void emitTo(EventTarget target, String event, @Nullable Object payload);

    /**
     * Emit an event to the window or webview with this label.
     * @param label the label, as {@link EventTarget#anyLabel(String)}
     * @param event the event's name
     * @param payload serialized as JSON; {@code null} for none
     */
    default void emitTo(String label, String event, @Nullable Object payload) {
        emitTo(EventTarget.anyLabel(label), event, payload);
    }

    /**
     * Emit an event to the targets a filter accepts.
     * @param event the event's name
     * @param payload serialized as JSON; {@code null} for none
     * @param filter accepts the targets to deliver to
     */
    void emitFilter(String event, @Nullable Object payload, Predicate<EventTarget> filter);

    /**
     * Listen to an event as the app. The handler runs on an event-delivery thread, never a UI
     * thread and never the portal; each listener gets its events one at a time, in the order
     * they were emitted, and a slow listener delays only itself.
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id, for {@link #unlisten(long)}
     */
    default long listen(String event, Consumer<Event> handler) {
        return listen(listenerTarget(), event, handler);
    }

    /**
     * Listen to one event as the app, then stop listening.
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    default long once(String event, Consumer<Event> handler) {
        return once(listenerTarget(), event, handler);
    }

    /**
     * Listen to an event whatever its target.
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    default long listenAny(String event, Consumer<Event> handler) {
        return listen(EventTarget.any(), event, handler);
    }

    /**
     * Listen to one event whatever its target, then stop listening.
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    default long onceAny(String event, Consumer<Event> handler) {
        return once(EventTarget.any(), event, handler);
    }

    /**
     * Listen to an event as the given target.
     * @param target what the listener listens as
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    long listen(EventTarget target, String event, Consumer<Event> handler);

    /**
     * Listen to one event as the given target, then stop listening.
     * @param target what the listener listens as
     * @param event the event's name
     * @param handler the handler
     * @return the listener's id
     */
    long once(EventTarget target, String event, Consumer<Event> handler);

    /**
     * Stop a listener. Unknown ids are ignored.
     * @param id the listener's id
     */
    void unlisten(long id);

    // ---- the app's identity and folders

    /**
     * The app's name and version, as {@code getName()} and {@code getVersion()} answer them.
     * @return the package info
     */
    PackageInfo packageInfo();

    /**
     * The app's identifier, such as {@code com.example.notes}: its folders' name, as
     * {@code getIdentifier()} answers it.
     * @return the identifier
     */
    String identifier();

    /**
     * Where things go: the platform's folders and the app's own, such as
     * {@code path().appDataDir()}.
     * @return the path resolver
     */
    PathResolver path();

    // ---- windows and life cycle

    /**
     * A window by label.
     * @param label the label
     * @return the window, if open
     */
    Optional<WebviewWindow> getWebviewWindow(String label);

    /**
     * The open windows by label.
     * @return an unmodifiable snapshot
     */
    Map<String, WebviewWindow> webviewWindows();

    /**
     * Show every window of the app.
     */
    default void show() {
        forEachWindow(WebviewWindow::show);
    }

    /**
     * Hide every window of the app; the app runs on.
     */
    default void hide() {
        forEachWindow(WebviewWindow::hide);
    }

    /**
     * Set the theme of every window.
     * @param theme the theme, or {@code null} to follow the system
     */
    default void setTheme(@Nullable Theme theme) {
        forEachWindow((window) -> window.setTheme(theme));
    }

    /**
     * Apply an operation to every window, all of them even when one fails (say, one closing
     * meanwhile); the first failure is thrown at the end, the others suppressed in it.
     */
    private void forEachWindow(Consumer<WebviewWindow> operation) {
        RuntimeException failure = null;
        for (WebviewWindow window : webviewWindows().values()) {
            try {
                operation.accept(window);
            }
            catch (RuntimeException ex) {
                if (failure == null) {
                    failure = ex;
                }
                else {
                    failure.addSuppressed(ex);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The icon windows get unless they set their own ({@code tauri.bundle.icon}).
     * @return the icon, if the app has one
     */
    Optional<Image> defaultWindowIcon();

    /**
     * End the app, as {@link #exit(int) exit(0)} does, and start it again with the same command
     * line once this process has let go of its windows and CEF's profile.
     */
    void restart();

    /**
     * Open a window while the app runs; {@link WebviewWindowBuilder} is the friendlier way in.
     * Never call it on a UI thread.
     * @param options the window
     * @return the window, being created: its page loads afterwards
     * @throws IllegalArgumentException when a window already has the label
     * @throws IllegalStateException when the app shows no windows, or is ending
     */
    WebviewWindow createWebviewWindow(WindowOptions options);

    /**
     * End the app with an exit code: the windows close and the code becomes the process's.
     * @param exitCode the exit code
     */
    void exit(int exitCode);

    @Override
    default AppHandle appHandle() {
        return this;
    }

    @Override
    default EventTarget listenerTarget() {
        return EventTarget.app();
    }
}
