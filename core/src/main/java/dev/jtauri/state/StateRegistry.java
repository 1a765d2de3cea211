package dev.jtauri.state;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values an app manages, keyed by type. A lookup finds the value managed under exactly the
 * requested type, or else the only value assignable to it. Thread-safe.
 */
public final class StateRegistry {

    private final Map<Class<?>, Object> values = new ConcurrentHashMap<>();

    /**
     * Manage a value under a type.
     * @param type the key
     * @param value the value
     * @return false when a value was already managed under that type (it is kept)
     */
    public <T> boolean manage(Class<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("State of type " + value.getClass().getName()
                    + " cannot be managed as " + type.getName());
        }
        return this.values.putIfAbsent(type, value) == null;
    }

    /**
     * The value managed under a type, if any.
     * @param type the type
     * @return the value
     * @throws IllegalStateException when several values are assignable to the type and none is
     * managed under it exactly
     */
    public <T> Optional<T> find(Class<T> type) {
        Object exact = this.values.get(type);
        if (exact != null) {
            return Optional.of(type.cast(exact));
        }
        List<Object> assignable = this.values.values().stream().filter(type::isInstance).toList();
        if (assignable.size() > 1) {
            throw new IllegalStateException("Several states are assignable to " + type.getName() + ": "
                    + assignable.stream().map((value) -> value.getClass().getName()).sorted().toList()
                    + "; manage one under " + type.getSimpleName() + ".class to choose");
        }
        return assignable.stream().findFirst().map(type::cast);
    }

    /**
     * The value managed under a type.
     * @param type the type
     * @return the value
     * @throws IllegalStateException when none is managed
     */
    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No state of type " + type.getName()
                + " is managed; call Manager.manage(app, value) before using it"));
    }
}
