package dev.jtauri.event;

import java.util.function.Supplier;

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
        return decode(() -> this.mapper.readValue(this.payload, type), type.getName());
    }

    @Override
    public <T> T payload(TypeReference<T> type) {
        return decode(() -> this.mapper.readValue(this.payload, type), type.getType().getTypeName());
    }

    private <T> T decode(Supplier<T> reading, String typeName) {
        try {
            return reading.get();
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The payload of event '" + this.name + "' is not a " + typeName + ": "
                    + ex.getOriginalMessage(), ex);
        }
    }

    @Override
    public String toString() {
        return "Event[id=" + this.id + ", name=" + this.name + "]";
    }
}
