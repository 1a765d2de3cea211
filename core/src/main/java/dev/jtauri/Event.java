package dev.jtauri;

import tools.jackson.core.type.TypeReference;

/**
 * An event as a Java listener receives it: Tauri's {@code Event}, PyTauri's
 * {@code pytauri.Event}.
 */
public interface Event {

    /**
     * The id of the listener this event was delivered to, as Tauri gives it; pass it to
     * {@link Listener#unlisten} to stop listening from inside the handler.
     * @return the listener's id
     */
    long id();

    /**
     * The event's name.
     * @return the name
     */
    String name();

    /**
     * The payload as JSON text, exactly as emitted; {@code "null"} for none.
     * @return the JSON text
     */
    String payload();

    /**
     * The payload decoded as the given type.
     * @param type the type
     * @return the decoded payload
     * @throws IllegalArgumentException when the payload does not fit the type
     */
    <T> T payload(Class<T> type);

    /**
     * The payload decoded as the given generic type, such as {@code List<Item>}.
     * @param type the type
     * @return the decoded payload
     * @throws IllegalArgumentException when the payload does not fit the type
     */
    <T> T payload(TypeReference<T> type);
}
