package dev.jtauri.command;

import org.jspecify.annotations.Nullable;

/**
 * A strategy that supplies one kind of command argument: named JSON arguments, the body, an
 * injected {@link dev.jtauri.AppHandle}, state, and so on. Declare one as a bean to add a kind of
 * parameter; it is asked before the built-in ones.
 *
 * <p>It is asked once per parameter, when a command is registered, and the first resolver that
 * returns a binder serves the parameter for every call. What depends only on the parameter (its
 * name, a Jackson reader, type checks) is worked out here and kept in the binder, so that a call
 * only binds:
 * <pre>{@code
 * @Bean
 * ArgumentResolver callerLabelResolver() {
 *     return (parameter) -> (parameter.rawType() == CallerLabel.class)
 *             ? (context) -> new CallerLabel(context.request().page().label())
 *             : null;
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ArgumentResolver {

    /**
     * The binder of a parameter this resolver serves.
     * @param parameter the parameter
     * @return its binder, or {@code null} when this resolver does not serve it
     * @throws CommandDefinitionException when the parameter is this resolver's kind but declared
     * in a way it cannot serve (a primitive {@code @State}, say): the startup fails naming it
     */
    @Nullable ArgumentBinder binderFor(CommandParameter parameter);
}
