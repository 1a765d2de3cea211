package dev.jtauri.command.argument;

import dev.jtauri.State;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;

/**
 * Injects app state into a {@link State @State} parameter. State that is not managed is a
 * programming error, so it fails the call as an internal error (logged), not as bad input.
 */
public final class StateArgumentResolver implements ArgumentResolver {

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        if (!parameter.hasAnnotation(State.class)) {
            return false;
        }
        if (parameter.rawType().isPrimitive()) {
            throw new CommandDefinitionException(parameter + ": @State needs a reference type, not "
                    + parameter.rawType().getName());
        }
        return true;
    }

    @Override
    public Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        return context.appHandle().tryState(parameter.rawType()).orElseThrow(() -> new IllegalStateException(
                "command '" + parameter.commandName() + "' needs @State " + parameter.rawType().getName()
                        + ", but no such state is managed; call Manager.manage(app, value) before the page invokes it"));
    }
}
