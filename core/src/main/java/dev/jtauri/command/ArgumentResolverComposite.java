package dev.jtauri.command;

import java.util.ArrayList;
import java.util.List;

import dev.jtauri.command.argument.BodyArgumentResolver;
import dev.jtauri.command.argument.ChannelArgumentResolver;
import dev.jtauri.command.argument.InjectedArgumentResolver;
import dev.jtauri.command.argument.JsonArgumentResolver;
import dev.jtauri.command.argument.RawBodyArgumentResolver;
import dev.jtauri.command.argument.StateArgumentResolver;

/**
 * The ordered list of argument resolvers: the first that has a binder for a parameter serves it.
 * Custom resolvers come before the built-in ones; named JSON arguments come last and take
 * whatever nobody else claimed.
 */
public final class ArgumentResolverComposite {

    private final List<ArgumentResolver> resolvers;

    private ArgumentResolverComposite(List<ArgumentResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    /**
     * The built-in resolvers.
     * @return the composite
     */
    public static ArgumentResolverComposite defaults() {
        return withCustom(List.of());
    }

    /**
     * The built-in resolvers, preceded by custom ones.
     * @param custom resolvers asked first, in order
     * @return the composite
     */
    public static ArgumentResolverComposite withCustom(List<? extends ArgumentResolver> custom) {
        List<ArgumentResolver> all = new ArrayList<>(custom);
        all.add(new StateArgumentResolver());
        all.add(new BodyArgumentResolver());
        all.add(new InjectedArgumentResolver());
        all.add(new ChannelArgumentResolver());
        all.add(new RawBodyArgumentResolver());
        all.add(new JsonArgumentResolver());
        return new ArgumentResolverComposite(all);
    }

    /**
     * The binder of a parameter, from the first resolver that serves it.
     * @param parameter the parameter
     * @return the binder
     * @throws CommandDefinitionException when no resolver serves it, or the one that does
     * cannot serve it as declared
     */
    public ArgumentBinder binderFor(CommandParameter parameter) {
        for (ArgumentResolver resolver : this.resolvers) {
            ArgumentBinder binder = resolver.binderFor(parameter);
            if (binder != null) {
                return binder;
            }
        }
        throw new CommandDefinitionException("No argument resolver serves " + parameter);
    }
}
