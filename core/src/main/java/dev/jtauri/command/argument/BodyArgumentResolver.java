package dev.jtauri.command.argument;

import dev.jtauri.Body;
import dev.jtauri.command.ArgumentBinder;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.support.JacksonTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Binds a {@link Body @Body} parameter to the whole body decoded from JSON. A raw body is
 * decoded as UTF-8 JSON, which is how {@code pyInvoke} sends a model.
 */
public final class BodyArgumentResolver implements ArgumentResolver {

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        return parameter.hasAnnotation(Body.class) ? new WholeBody(parameter) : null;
    }

    /** The body, read by a reader made for the parameter's type. */
    private static final class WholeBody implements ArgumentBinder {

        private final CommandParameter parameter;

        private final ObjectReader reader;

        WholeBody(CommandParameter parameter) {
            this.parameter = parameter;
            this.reader = JacksonTypes.readerFor(parameter.jsonMapper(), parameter.type());
        }

        @Override
        public BodyUsage bodyUsage() {
            return BodyUsage.WHOLE_BODY;
        }

        @Override
        public @Nullable Object bind(InvocationContext context) {
            JsonNode body = context.body();
            if (body.isMissingNode() || body.isNull()) {
                if (this.parameter.isOptional()) {
                    // Optional.empty() or null, as the reader makes them of a JSON null.
                    return this.reader.readValue(context.mapper().nullNode());
                }
                throw ArgumentErrors.invalid(this.parameter,
                        "the body is missing; expected a JSON body for " + this.parameter.describe());
            }
            try {
                return this.reader.readValue(body);
            }
            catch (JacksonException ex) {
                throw ArgumentErrors.mismatch(this.parameter, null, body, ex);
            }
        }
    }
}
