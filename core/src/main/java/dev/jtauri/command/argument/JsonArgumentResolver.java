package dev.jtauri.command.argument;

import java.util.Optional;

import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Binds a parameter to the member of the JSON arguments object with its name, as
 * {@code invoke('cmd', {a, b})} sends it. Serves every parameter no other resolver claims.
 * An absent or {@code null} member is an error unless the parameter is optional.
 */
public final class JsonArgumentResolver implements ArgumentResolver {

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        parameter.reader();
        return true;
    }

    @Override
    public BodyUsage bodyUsage() {
        return BodyUsage.NAMED_ARGUMENT;
    }

    @Override
    public @Nullable Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        JsonNode value = context.arguments().get(parameter.name());
        if (value == null || value.isMissingNode() || value.isNull()) {
            if (parameter.isOptional()) {
                return (parameter.rawType() == Optional.class) ? Optional.empty() : null;
            }
            throw (value == null || value.isMissingNode()) ? ArgumentErrors.missing(parameter)
                    : ArgumentErrors.nullValue(parameter);
        }
        try {
            return parameter.reader().readValue(value);
        }
        catch (JacksonException ex) {
            throw ArgumentErrors.mismatch(parameter, parameter.name(), value, ex);
        }
    }
}
