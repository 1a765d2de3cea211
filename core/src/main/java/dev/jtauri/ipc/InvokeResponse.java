package dev.jtauri.ipc;

import java.util.Objects;

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
    }
}
