package dev.jtauri.command.argument;

import dev.jtauri.State;
import dev.jtauri.command.ArgumentBinder;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.command.CommandParameter;
import org.jspecify.annotations.Nullable;

/**
 * Injects app state into a {@link State @State} parameter. State that is not managed is a
 * programming error, so it fails the call as an internal error (logged), not as bad input.
 */
public final class StateArgumentResolver implements ArgumentResolver {

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        if (!parameter.hasAnnotation(State.class)) {
            return null;
        }
        Class<?> type = parameter.rawType();
        if (type.isPrimitive()) {
            throw new CommandDefinitionException(parameter + ": @State needs a reference type, not " + type.getName());
        }
        String command = parameter.commandName();
        return (context) -> context.appHandle().tryState(type).orElseThrow(() -> new IllegalStateException(
                "command '" + command + "' needs @State " + type.getName() + ", but no such state is managed; "
                        + "call Manager.manage(app, value) before the page invokes it"));
    }
}
