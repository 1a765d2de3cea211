package dev.jtauri.ipc;

import java.util.Objects;

/**
 * The pipeline refuses a request, with the error the page gets: malformed, unknown, forbidden,
 * too large, or with arguments that do not fit. The caller's fault, not the app's, so it is
 * answered as it is and not logged as an error. A transport's decoder may throw one too (see
 * {@link dev.jtauri.runtime.Invoker#decodeAndInvoke}); its message then names the problem, never
 * the request's content.
 */
public class RequestRejectedException extends RuntimeException {

    private final InvokeError.Kind kind;

    /**
     * Create the exception.
     * @param kind the category, such as {@link InvokeError.Kind#MALFORMED_REQUEST}
     * @param message what the page is told: the command, the argument and what was expected
     */
    public RequestRejectedException(InvokeError.Kind kind, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * The category of the error.
     * @return the kind
     */
    public InvokeError.Kind getKind() {
        return this.kind;
    }

    /**
     * The error the page gets.
     * @return the error
     */
    public InvokeError error() {
        return InvokeError.of(this.kind, getMessage());
    }
}
