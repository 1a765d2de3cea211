package dev.jtauri.ipc;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON a page sends (arguments, bodies, headers, event payloads) within
 * {@link JsonLimits}. The app's {@link JsonMapper} does the reading, with its modules and
 * features, from parsers of a copy of its factory whose {@link StreamReadConstraints} are the
 * limits; the mapper itself is left as the app made it, for results and for what Java reads.
 * Thread-safe.
 *
 * <p>JSON over a limit fails with a {@link JsonLimitException}, whatever Jackson wrapped it in;
 * JSON that is not valid fails with Jackson's own {@link JacksonException}, whose message is for
 * the log, not the page.
 */
public final class PageJson {

    private final JsonMapper mapper;

    private final JsonLimits limits;

    private final JsonFactory factory;

    private final ObjectReadContext context;

    private PageJson(JsonMapper mapper, JsonLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
        Constraints constraints = new Constraints(limits);
        this.factory = mapper.tokenStreamFactory().rebuild().streamReadConstraints(constraints).build();
        this.context = new MapperFeatures(mapper.deserializationConfig(), this.factory, constraints);
    }

    /**
     * A reader of a page's JSON.
     * @param mapper the app's mapper, which does the reading
     * @param limits the limits
     * @return the reader
     */
    public static PageJson of(JsonMapper mapper, JsonLimits limits) {
        return new PageJson(Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(limits, "limits"));
    }

    /**
     * The app's mapper, for writing and for binding values already read.
     * @return the mapper
     */
    public JsonMapper mapper() {
        return this.mapper;
    }

    /**
     * The limits.
     * @return the limits
     */
    public JsonLimits limits() {
        return this.limits;
    }

    /**
     * Read JSON text as a tree.
     * @param json the text
     * @return the tree; a missing node when the text holds no value
     * @throws JsonLimitException when the JSON goes over a limit
     * @throws JacksonException when it is not valid JSON
     */
    public JsonNode readTree(String json) {
        checkLength(json.length());
        try (JsonParser parser = this.factory.createParser(this.context, json)) {
            return orMissing(this.mapper.readTree(parser));
        }
        catch (JacksonException ex) {
            throw limitOr(ex);
        }
    }

    /**
     * Read UTF-8 JSON as a tree.
     * @param json the bytes
     * @return the tree; a missing node when the bytes hold no value
     * @throws JsonLimitException when the JSON goes over a limit
     * @throws JacksonException when it is not valid JSON, bytes that are not UTF-8 included
     */
    public JsonNode readTree(byte[] json) {
        checkLength(json.length);
        // Checked first: Jackson decodes some ill-formed sequences (overlong forms among them).
        int malformed = Utf8.firstMalformed(json);
        if (malformed >= 0) {
            throw Utf8.notUtf8(json, malformed);
        }
        try (JsonParser parser = this.factory.createParser(this.context, json)) {
            return orMissing(this.mapper.readTree(parser));
        }
        catch (JacksonException ex) {
            throw limitOr(ex);
        }
    }

    /**
     * Read JSON text as a value of a type.
     * @param json the text
     * @param type the type
     * @return the value; {@code null} for JSON {@code null}
     * @throws JsonLimitException when the JSON goes over a limit
     * @throws JacksonException when it is not valid JSON or not of the type
     */
    public <T> @Nullable T readValue(String json, TypeReference<T> type) {
        checkLength(json.length());
        try (JsonParser parser = this.factory.createParser(this.context, json)) {
            return this.mapper.readValue(parser, type);
        }
        catch (JacksonException ex) {
            throw limitOr(ex);
        }
    }

    // Text in memory is measured at once, before any of it is parsed.
    private void checkLength(long length) {
        if (length > this.limits.maxDocumentLength()) {
            throw new JsonLimitException(JsonLimits.Limit.DOCUMENT_LENGTH, this.limits.maxDocumentLength());
        }
    }

    private JsonNode orMissing(@Nullable JsonNode tree) {
        return (tree != null) ? tree : this.mapper.missingNode();
    }

    /** The limit that was exceeded, however deep Jackson wrapped it; else the exception itself. */
    private static JacksonException limitOr(JacksonException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonLimitException limit) {
                return limit;
            }
        }
        return ex;
    }

    /**
     * Jackson's constraints with the limits' values, failing with a {@link JsonLimitException}
     * that names the limit: Jackson's own exception names it only in its message's text.
     */
    private static final class Constraints extends StreamReadConstraints {

        private static final long serialVersionUID = 1L;

        private final JsonLimits limits;

        Constraints(JsonLimits limits) {
            super(limits.maxNestingDepth(), limits.maxDocumentLength(), DEFAULT_MAX_TOKEN_COUNT,
                    limits.maxNumberLength(), limits.maxStringLength(), limits.maxNameLength());
            this.limits = limits;
        }

        @Override
        public void validateNestingDepth(int depth) {
            try {
                super.validateNestingDepth(depth);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.NESTING_DEPTH, ex);
            }
        }

        @Override
        public void validateDocumentLength(long length) {
            try {
                super.validateDocumentLength(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.DOCUMENT_LENGTH, ex);
            }
        }

        @Override
        public void validateFPLength(int length) {
            try {
                super.validateFPLength(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.NUMBER_LENGTH, ex);
            }
        }

        @Override
        public void validateIntegerLength(int length) {
            try {
                super.validateIntegerLength(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.NUMBER_LENGTH, ex);
            }
        }

        @Override
        public void validateStringLength(int length) {
            try {
                super.validateStringLength(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.STRING_LENGTH, ex);
            }
        }

        @Override
        public void validateStringLengthLong(long length) {
            try {
                super.validateStringLengthLong(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.STRING_LENGTH, ex);
            }
        }

        @Override
        public void validateNameLength(int length) {
            try {
                super.validateNameLength(length);
            }
            catch (StreamConstraintsException ex) {
                throw exceeded(JsonLimits.Limit.NAME_LENGTH, ex);
            }
        }

        private JsonLimitException exceeded(JsonLimits.Limit limit, StreamConstraintsException jackson) {
            JsonLimitException exceeded = new JsonLimitException(limit, this.limits.of(limit));
            exceeded.initCause(jackson);
            return exceeded;
        }
    }

    /**
     * What a parser asks its reader for: the app mapper's read features (comments allowed, say),
     * so a page's JSON is parsed as the app's mapper would parse it.
     */
    private static final class MapperFeatures extends ObjectReadContext.Base {

        private final int streamReadFeatures;

        private final int formatReadFeatures;

        private final TokenStreamFactory factory;

        private final StreamReadConstraints constraints;

        MapperFeatures(DeserializationConfig config, TokenStreamFactory factory, StreamReadConstraints constraints) {
            this.streamReadFeatures = config.getStreamReadFeatures();
            this.formatReadFeatures = config.getFormatReadFeatures();
            this.factory = factory;
            this.constraints = constraints;
        }

        @Override
        public int getStreamReadFeatures(int defaults) {
            return this.streamReadFeatures;
        }

        @Override
        public int getFormatReadFeatures(int defaults) {
            return this.formatReadFeatures;
        }

        @Override
        public TokenStreamFactory tokenStreamFactory() {
            return this.factory;
        }

        @Override
        public StreamReadConstraints streamReadConstraints() {
            return this.constraints;
        }
    }
}
