package dev.jtauri;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a command to reject the page's promise with a message of its own, as PyTauri's
 * {@code InvokeException}. It is an expected outcome, so it is not logged.
 *
 * <p>Without a code or data the page receives the message as a plain string, as from a Tauri
 * command returning {@code Err(String)}. With either, it receives
 * {@code {message, code, data}}.
 *
 * <pre>{@code
 * throw new InvokeException("No such file: " + name);
 * throw new InvokeException("Quota exceeded", "QUOTA", Map.of("limit", 100));
 * }</pre>
 */
public class InvokeException extends RuntimeException {

    private final @Nullable String code;

    private final transient @Nullable Object data;

    /**
     * Reject with a message.
     * @param message what the page receives
     */
    public InvokeException(String message) {
        this(message, null, null);
    }

    /**
     * Reject with a message, a machine-readable code, and data serialized as JSON.
     * @param message what went wrong
     * @param code a code the page can switch on, or {@code null}
     * @param data extra data, serialized as JSON, or {@code null}
     */
    public InvokeException(String message, @Nullable String code, @Nullable Object data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    /**
     * The code given at construction.
     * @return the code, or {@code null}
     */
    public @Nullable String getCode() {
        return this.code;
    }

    /**
     * The data given at construction.
     * @return the data, or {@code null}
     */
    public @Nullable Object getData() {
        return this.data;
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return (message != null) ? message : "";
    }
}
