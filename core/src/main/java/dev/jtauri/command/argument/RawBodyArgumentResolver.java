package dev.jtauri.command.argument;

import dev.jtauri.command.ArgumentBinder;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@code byte[]} parameter to the body's bytes: the raw bytes of an
 * {@code ArrayBuffer} or {@code Uint8Array} body as they came, a JSON body as UTF-8.
 */
public final class RawBodyArgumentResolver implements ArgumentResolver {

    private static final ArgumentBinder BODY_BYTES = new ArgumentBinder() {

        @Override
        public Object bind(InvocationContext context) {
            return context.request().body().bytes();
        }

        @Override
        public BodyUsage bodyUsage() {
            return BodyUsage.WHOLE_BODY;
        }
    };

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        return (parameter.rawType() == byte[].class) ? BODY_BYTES : null;
    }
}
