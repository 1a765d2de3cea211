package dev.jtauri;

import java.util.Optional;

/**
 * App state in PyTauri's static form: {@code Manager.manage(app, value)},
 * {@code Manager.state(app, Type.class)}. Same as the {@link AppHandle} methods.
 */
public final class Manager {

    private Manager() {
    }

    /**
     * Manage a state value, keyed by its class.
     * @param manager the app handle or a window
     * @param state the value
     * @return false when a value of that class was already managed (it is kept)
     */
    public static boolean manage(ImplManager manager, Object state) {
        return manager.appHandle().manage(state);
    }

    /**
     * The state managed under a type.
     * @param manager the app handle or a window
     * @param type the type
     * @return the value
     * @throws IllegalStateException when no such state is managed
     */
    public static <T> T state(ImplManager manager, Class<T> type) {
        return manager.appHandle().state(type);
    }

    /**
     * The state managed under a type, if any.
     * @param manager the app handle or a window
     * @param type the type
     * @return the value, if managed
     */
    public static <T> Optional<T> tryState(ImplManager manager, Class<T> type) {
        return manager.appHandle().tryState(type);
    }
}
