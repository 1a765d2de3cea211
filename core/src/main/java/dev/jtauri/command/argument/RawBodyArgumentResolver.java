package dev.jtauri.command.argument;

import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;

/**
 * Binds a {@code byte[]} parameter to the body's bytes: the raw bytes of an
 * {@code ArrayBuffer} or {@code Uint8Array} body as they came, a JSON body as UTF-8.
 */
public final class RawBodyArgumentResolver implements ArgumentResolver {

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        return parameter.rawType() == byte[].class;
    }

    @Override
    public BodyUsage bodyUsage() {
        return BodyUsage.WHOLE_BODY;
    }

    @Override
    public Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        return context.request().body().bytes();
    }
}
