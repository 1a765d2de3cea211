package dev.jtauri.ipc;

import java.util.Objects;

import tools.jackson.core.exc.StreamConstraintsException;

/**
 * JSON from a page went over one of its {@link JsonLimits}. It is one of Jackson's
 * {@link StreamConstraintsException}s, so that Jackson's parsers pass it on as it is; the
 * message for the page comes from {@link #describe(String)}, never from Jackson.
 */
public class JsonLimitException extends StreamConstraintsException {

    private static final long serialVersionUID = 1L;

    private final JsonLimits.Limit limit;

    private final long max;

    /**
     * Create the exception.
     * @param limit the limit that was exceeded
     * @param max its value
     */
    public JsonLimitException(JsonLimits.Limit limit, long max) {
        super("JSON from a page " + Objects.requireNonNull(limit, "limit").exceededBy(max));
        this.limit = limit;
        this.max = max;
    }

    /**
     * The limit that was exceeded.
     * @return the limit
     */
    public JsonLimits.Limit limit() {
        return this.limit;
    }

    /**
     * The limit's value.
     * @return the value
     */
    public long max() {
        return this.max;
    }

    /**
     * The refusal, for the page: "the body nests deeper than 500 levels
     * (tauri.ipc.max-nesting-depth)".
     * @param subject what went over, as the sentence's subject: "the body", "header 'X'"
     * @return the words
     */
    public String describe(String subject) {
        return subject + " " + this.limit.exceededBy(this.max);
    }
}
