package dev.jtauri.test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as the test client's page listener received it: the {@code {event, id, payload}}
 * a page handler gets.
 */
public final class ReceivedEvent {

    private final String event;

    private final long id;

    private final String payload;

    private final JsonMapper mapper;

    ReceivedEvent(String event, long id, String payload, JsonMapper mapper) {
        this.event = event;
        this.id = id;
        this.payload = payload;
        this.mapper = mapper;
    }

    /**
     * The event's name.
     * @return the name
     */
    public String event() {
        return this.event;
    }

    /**
     * The listener's id.
     * @return the id
     */
    public long id() {
        return this.id;
    }

    /**
     * The payload as JSON text.
     * @return the JSON
     */
    public String payload() {
        return this.payload;
    }

    /**
     * The payload decoded as a type.
     * @param type the type
     * @return the value
     */
    public <T> T payload(Class<T> type) {
        return this.mapper.readValue(this.payload, type);
    }

    /**
     * The payload decoded as a generic type.
     * @param type the type
     * @return the value
     */
    public <T> T payload(TypeReference<T> type) {
        return this.mapper.readValue(this.payload, type);
    }

    @Override
    public String toString() {
        return "ReceivedEvent[" + this.event + " #" + this.id + ": " + this.payload + "]";
    }
}
