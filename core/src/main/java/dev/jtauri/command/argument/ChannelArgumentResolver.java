package dev.jtauri.command.argument;

import dev.jtauri.Channel;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import tools.jackson.databind.JsonNode;

/**
 * Binds a {@link Channel} parameter to the page's channel passed under the parameter's name.
 * {@code @tauri-apps/api}'s {@code Channel} serializes as {@code "__CHANNEL__:<id>"}; a bare id
 * is accepted too.
 */
public final class ChannelArgumentResolver implements ArgumentResolver {

    private static final String PREFIX = "__CHANNEL__:";

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        if (parameter.rawType() != Channel.class) {
            return false;
        }
        if (!isRaw(parameter)) {
            parameter.typeArgumentWriter();
        }
        return true;
    }

    @Override
    public BodyUsage bodyUsage() {
        return BodyUsage.NAMED_ARGUMENT;
    }

    @Override
    public Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        JsonNode value = context.arguments().get(parameter.name());
        if (value == null || value.isMissingNode()) {
            throw ArgumentErrors.missing(parameter);
        }
        long id = channelId(parameter, value);
        return new PageChannel<>(context.request().page(), id,
                isRaw(parameter) ? null : parameter.typeArgumentWriter());
    }

    private static long channelId(CommandParameter parameter, JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().startsWith(PREFIX)) {
            try {
                return Long.parseLong(value.stringValue().substring(PREFIX.length()));
            }
            catch (NumberFormatException ex) {
                // fall through to the error below
            }
        }
        throw ArgumentErrors.invalid(parameter, "invalid argument '" + parameter.name()
                + "': expected a Channel (new Channel() from @tauri-apps/api/core), got a value that is not one");
    }

    private static boolean isRaw(CommandParameter parameter) {
        return parameter.typeArgument(0).getRawClass() == byte[].class;
    }
}
