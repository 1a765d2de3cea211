package dev.jtauri;

/**
 * Anything that reaches the app: the {@link AppHandle} and every {@link WebviewWindow}, as
 * PyTauri's {@code ImplManager}. {@link Manager}, {@link Emitter} and {@link Listener} take one.
 */
public interface ImplManager {

    /**
     * The app this belongs to.
     * @return the app handle
     */
    AppHandle appHandle();

    /**
     * The target that listeners registered through this manager listen as: {@link EventTarget#app()}
     * for the app handle, the window's own target for a window.
     * @return the target
     */
    EventTarget listenerTarget();
}
