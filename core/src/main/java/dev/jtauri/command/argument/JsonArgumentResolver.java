package dev.jtauri.command.argument;

import java.util.Optional;

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
 * Binds a parameter to the member of the JSON arguments object with its name, as
 * {@code invoke('cmd', {a, b})} sends it. Serves every parameter no other resolver claims.
 * An absent or {@code null} member is an error unless the parameter is optional.
 */
public final class JsonArgumentResolver implements ArgumentResolver {

    @Override
    public ArgumentBinder binderFor(CommandParameter parameter) {
        return new NamedArgument(parameter);
    }

    /** One member of the arguments object, read by a reader made for the parameter's type. */
    private static final class NamedArgument implements ArgumentBinder {

        private final CommandParameter parameter;

        private final String name;

        private final ObjectReader reader;

        private final boolean optional;

        private final @Nullable Object absent;

        NamedArgument(CommandParameter parameter) {
            this.parameter = parameter;
            this.name = parameter.name();
            this.reader = JacksonTypes.readerFor(parameter.jsonMapper(), parameter.type());
            this.optional = parameter.isOptional();
            this.absent = (parameter.rawType() == Optional.class) ? Optional.empty() : null;
        }

        @Override
        public BodyUsage bodyUsage() {
            return BodyUsage.NAMED_ARGUMENT;
        }

        @Override
        public @Nullable Object bind(InvocationContext context) {
            JsonNode value = context.arguments().get(this.name);
            if (value == null || value.isMissingNode() || value.isNull()) {
                if (this.optional) {
                    return this.absent;
                }
                throw (value == null || value.isMissingNode()) ? ArgumentErrors.missing(this.parameter)
                        : ArgumentErrors.nullValue(this.parameter);
            }
            try {
                return this.reader.readValue(value);
            }
            catch (JacksonException ex) {
                throw ArgumentErrors.mismatch(this.parameter, this.name, value, ex);
            }
        }
    }
}
