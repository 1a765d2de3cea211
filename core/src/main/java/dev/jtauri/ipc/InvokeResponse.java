package dev.jtauri.ipc;

import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of an invoke: a body that resolves the page's promise, or an error that rejects
 * it.
 */
public sealed interface InvokeResponse {

    /**
     * A successful call.
     * @param body what the promise resolves with
     */
    record Ok(InvokeBody body) implements InvokeResponse {
        public Ok {
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A failed call.
     * @param error what went wrong
     * @param json the value the promise rejects with, as JSON text: the message as a string, or
     * {@code {message, code, data}} when the command gave a code or data
     */
    record Err(InvokeError error, String json) implements InvokeResponse {
        public Err {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(json, "json");
        }

        /**
         * The rejection of an error, in the form Tauri's commands reject with: the message as a
         * JSON string, or {@code {message, code, data}} when a code or data was given.
         * @param error the error
         * @param mapper writes the JSON
         * @return the response
         */
        public static Err of(InvokeError error, JsonMapper mapper) {
            if (error.code() == null && error.data() == null) {
                return new Err(error, mapper.writeValueAsString(error.message()));
            }
            ObjectNode object = mapper.createObjectNode();
            object.put("message", error.message());
            object.put("code", error.code());
            object.set("data", error.data());
            return new Err(error, mapper.writeValueAsString(object));
        }
    }
}
