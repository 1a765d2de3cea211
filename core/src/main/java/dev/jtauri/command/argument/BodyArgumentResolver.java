package dev.jtauri.command.argument;

import dev.jtauri.Body;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Binds a {@link Body @Body} parameter to the whole body decoded from JSON. A raw body is
 * decoded as UTF-8 JSON, which is how {@code pyInvoke} sends a model.
 */
public final class BodyArgumentResolver implements ArgumentResolver {

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        if (!parameter.hasAnnotation(Body.class)) {
            return false;
        }
        parameter.reader();
        return true;
    }

    @Override
    public BodyUsage bodyUsage() {
        return BodyUsage.WHOLE_BODY;
    }

    @Override
    public @Nullable Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        JsonNode body = context.parseBody(context.request().body());
        if (body.isMissingNode() || body.isNull()) {
            if (parameter.isOptional()) {
                return parameter.reader().readValue(context.mapper().nullNode());
            }
            throw ArgumentErrors.invalid(parameter, "the body is missing; expected " + describe(parameter));
        }
        try {
            return parameter.reader().readValue(body);
        }
        catch (JacksonException ex) {
            throw ArgumentErrors.mismatch(parameter, null, body, ex);
        }
    }

    private static String describe(CommandParameter parameter) {
        return "a JSON body for " + parameter.describe();
    }
}
