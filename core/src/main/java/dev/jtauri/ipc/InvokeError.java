package dev.jtauri.ipc;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Why an invoke failed. Its message names the command, the argument and what was expected;
 * it never carries argument values or a stack trace.
 *
 * @param kind the category
 * @param message the message for the page
 * @param code the code an {@link dev.jtauri.InvokeException} gave, or {@code null}
 * @param data the data an {@link dev.jtauri.InvokeException} gave, or {@code null}
 */
public record InvokeError(Kind kind, String message, @Nullable String code, @Nullable JsonNode data) {

    public InvokeError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error with a message only.
     * @param kind the category
     * @param message the message
     * @return the error
     */
    public static InvokeError of(Kind kind, String message) {
        return new InvokeError(kind, message, null, null);
    }

    /** What kind of failure it was. */
    public enum Kind {

        /** The command threw {@link dev.jtauri.InvokeException}: an outcome it chose. */
        COMMAND_ERROR,

        /** No command has the requested name. */
        UNKNOWN_COMMAND,

        /** An argument was missing, null, or of the wrong type. */
        INVALID_ARGUMENTS,

        /** The body was not valid JSON, or the request lacked something it needs. */
        MALFORMED_REQUEST,

        /** The calling window may not call the command ({@code tauri.app.security.capabilities}). */
        FORBIDDEN,

        /**
         * The body was larger than {@code tauri.ipc.max-payload-size}, or JSON the page sent went
         * over one of its {@link JsonLimits} ({@code tauri.ipc.max-nesting-depth}, say).
         */
        PAYLOAD_TOO_LARGE,

        /** The command failed unexpectedly; the log has the details under the error id. */
        INTERNAL,

        /** The app is shutting down. */
        UNAVAILABLE,

        /** The command did not answer within its timeout; its work was cancelled. */
        TIMEOUT,

        /** The call was called off: the page aborted it, or left; its work was cancelled. */
        CANCELLED,

        /** The calling window has as many calls in flight as it may ({@code tauri.ipc.max-calls-in-flight}). */
        BUSY
    }
}
