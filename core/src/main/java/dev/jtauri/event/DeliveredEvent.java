package dev.jtauri.event;

import dev.jtauri.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as handed to one Java listener.
 */
record DeliveredEvent(long id, String name, String payload, JsonMapper mapper) implements Event {

    @Override
    public <T> T payload(Class<T> type) {
        try {
            return this.mapper.readValue(this.payload, type);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The payload of event '" + this.name + "' is not a "
                    + type.getName() + ": " + ex.getOriginalMessage(), ex);
        }
    }

    @Override
    public <T> T payload(TypeReference<T> type) {
        try {
            return this.mapper.readValue(this.payload, type);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The payload of event '" + this.name + "' is not a "
                    + type.getType().getTypeName() + ": " + ex.getOriginalMessage(), ex);
        }
    }

    @Override
    public String toString() {
        return "Event[id=" + this.id + ", name=" + this.name + "]";
    }
}
