package dev.jtauri.ipc;

/**
 * How large the parts of the JSON a page sends may be: how deep it nests, and how long its
 * strings, numbers, property names and whole text are. Every JSON body, header and event payload
 * a page sends is read within them ({@link PageJson}), so one request cannot make the app spend
 * unbounded stack, memory or time; what goes over a limit is refused with a message naming the
 * limit and its property ({@link JsonLimitException}).
 *
 * <p>The defaults are Jackson 3's, except the string length, which Jackson lets reach 100 million
 * characters; the document length defaults to the largest request body
 * ({@code tauri.ipc.max-payload-size}) and may not exceed it.
 *
 * @param maxNestingDepth how many arrays and objects deep the JSON may nest
 * ({@code tauri.ipc.max-nesting-depth})
 * @param maxStringLength the longest string, in characters ({@code tauri.ipc.max-string-length})
 * @param maxNumberLength the longest number, in characters ({@code tauri.ipc.max-number-length})
 * @param maxNameLength the longest property name, in characters ({@code tauri.ipc.max-name-length})
 * @param maxDocumentLength the longest JSON text, in characters (bytes for JSON sent as raw
 * bytes, as {@code pyInvoke} does) ({@code tauri.ipc.max-document-length})
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
        long maxDocumentLength) {

    /** The default of {@code tauri.ipc.max-nesting-depth}: Jackson 3's. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 500;

    /** The default of {@code tauri.ipc.max-string-length}: 20 million characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 20_000_000;

    /** The default of {@code tauri.ipc.max-number-length}: Jackson 3's. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

    /** The default of {@code tauri.ipc.max-name-length}: Jackson 3's. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 50_000;

    public JsonLimits {
        atLeastOne("maxNestingDepth", maxNestingDepth);
        atLeastOne("maxStringLength", maxStringLength);
        atLeastOne("maxNumberLength", maxNumberLength);
        atLeastOne("maxNameLength", maxNameLength);
        atLeastOne("maxDocumentLength", maxDocumentLength);
    }

    /**
     * The default limits, with a document length.
     * @param maxDocumentLength the longest JSON text: the largest request body, usually
     * @return the limits
     */
    public static JsonLimits defaults(long maxDocumentLength) {
        return new JsonLimits(DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH,
                DEFAULT_MAX_NAME_LENGTH, maxDocumentLength);
    }

    /**
     * These limits with another document length.
     * @param maxDocumentLength the longest JSON text
     * @return the limits
     */
    public JsonLimits withMaxDocumentLength(long maxDocumentLength) {
        return new JsonLimits(this.maxNestingDepth, this.maxStringLength, this.maxNumberLength, this.maxNameLength,
                maxDocumentLength);
    }

    /**
     * The value of one limit.
     * @param limit the limit
     * @return its value
     */
    public long of(Limit limit) {
        return switch (limit) {
            case NESTING_DEPTH -> this.maxNestingDepth;
            case STRING_LENGTH -> this.maxStringLength;
            case NUMBER_LENGTH -> this.maxNumberLength;
            case NAME_LENGTH -> this.maxNameLength;
            case DOCUMENT_LENGTH -> this.maxDocumentLength;
        };
    }

    private static void atLeastOne(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** One of the limits, with its property and how a refusal words it. */
    public enum Limit {

        /** {@link #maxNestingDepth()}. */
        NESTING_DEPTH("tauri.ipc.max-nesting-depth", "nests deeper than %d levels"),

        /** {@link #maxStringLength()}. */
        STRING_LENGTH("tauri.ipc.max-string-length", "has a string longer than %d characters"),

        /** {@link #maxNumberLength()}. */
        NUMBER_LENGTH("tauri.ipc.max-number-length", "has a number longer than %d characters"),

        /** {@link #maxNameLength()}. */
        NAME_LENGTH("tauri.ipc.max-name-length", "has a property name longer than %d characters"),

        // Counted in characters for text; more characters than the limit are more bytes too.
        /** {@link #maxDocumentLength()}. */
        DOCUMENT_LENGTH("tauri.ipc.max-document-length", "is longer than %d bytes");

        private final String property;

        private final String problem;

        Limit(String property, String problem) {
            this.property = property;
            this.problem = problem;
        }

        /**
         * The property that sets the limit.
         * @return the property, such as {@code tauri.ipc.max-nesting-depth}
         */
        public String property() {
            return this.property;
        }

        /**
         * What JSON over the limit does, after its subject: "nests deeper than 500 levels
         * (tauri.ipc.max-nesting-depth)".
         * @param max the limit's value
         * @return the words
         */
        public String exceededBy(long max) {
            return String.format(this.problem, max) + " (" + this.property + ")";
        }
    }
}
