package dev.jtauri.command.argument;

import dev.jtauri.Channel;
import dev.jtauri.command.ArgumentBinder;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.PageChannel;
import dev.jtauri.support.JacksonTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/**
 * Binds a {@link Channel} parameter to the page's channel passed under the parameter's name
 * ({@link PageChannel#idOf}).
 */
public final class ChannelArgumentResolver implements ArgumentResolver {

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        return (parameter.rawType() == Channel.class) ? new PageChannelArgument(parameter) : null;
    }

    /** The page's channel, with a writer made for its message type. */
    private static final class PageChannelArgument implements ArgumentBinder {

        private final CommandParameter parameter;

        private final String name;

        // Null for a Channel<byte[]>, whose messages go raw.
        private final @Nullable ObjectWriter writer;

        PageChannelArgument(CommandParameter parameter) {
            this.parameter = parameter;
            this.name = parameter.name();
            this.writer = (parameter.typeArgument(0).getRawClass() == byte[].class) ? null
                    : JacksonTypes.writerFor(parameter.jsonMapper(), parameter.typeArgument(0));
        }

        @Override
        public BodyUsage bodyUsage() {
            return BodyUsage.NAMED_ARGUMENT;
        }

        @Override
        public Object bind(InvocationContext context) {
            JsonNode value = context.arguments().get(this.name);
            if (value == null || value.isMissingNode()) {
                throw ArgumentErrors.missing(this.parameter);
            }
            long id = PageChannel.idOf(value).orElseThrow(() -> ArgumentErrors.invalid(this.parameter, "invalid argument '"
                    + this.name + "': expected a Channel (new Channel() from @tauri-apps/api/core), got a value that is not one"));
            return new PageChannel<>(context.request().page(), id, this.writer);
        }
    }
}
