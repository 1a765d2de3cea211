package dev.jtauri.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import dev.jtauri.ipc.InvokeBody;
import org.jspecify.annotations.Nullable;

/**
 * One command: the bean, the method, a resolver for each parameter, and a writer for the
 * result, all chosen and checked when the command is registered. Immutable; calls only bind,
 * invoke and write.
 */
public final class CommandHandler {

    private final String name;

    private final Object bean;

    private final Method invocableMethod;

    private final String description;

    private final CommandParameter[] parameters;

    private final ArgumentResolver[] resolvers;

    private final ResultWriter resultWriter;

    CommandHandler(String name, Object bean, Method invocableMethod, String description,
            List<CommandParameter> parameters, List<ArgumentResolver> resolvers, ResultWriter resultWriter) {
        this.name = name;
        this.bean = bean;
        this.invocableMethod = invocableMethod;
        this.description = description;
        this.parameters = parameters.toArray(CommandParameter[]::new);
        this.resolvers = resolvers.toArray(ArgumentResolver[]::new);
        this.resultWriter = resultWriter;
        AnnotatedMethods.makeAccessible(invocableMethod);
    }

    /**
     * The command's name.
     * @return the name the page invokes
     */
    public String name() {
        return this.name;
    }

    /**
     * The method, for messages: {@code Bean#method(Type, ...)} and the bean's name.
     * @return the description
     */
    public String description() {
        return this.description;
    }

    /**
     * The parameters, in order.
     * @return the parameters
     */
    public List<CommandParameter> parameters() {
        return List.of(this.parameters);
    }

    /**
     * Bind the arguments, call the method, and write its result.
     * @param context the call
     * @param continuation where an async command's result is written
     * @return the response body; completes exceptionally with what the command threw
     * @throws ArgumentBindingException when an argument does not fit
     * @throws Throwable what the method threw, unwrapped
     */
    public CompletionStage<InvokeBody> invoke(InvocationContext context, Executor continuation) throws Throwable {
        @Nullable Object[] arguments = new Object[this.parameters.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = this.resolvers[i].resolveArgument(this.parameters[i], context);
        }
        Object result;
        try {
            result = this.invocableMethod.invoke(this.bean, arguments);
        }
        catch (InvocationTargetException ex) {
            throw ex.getTargetException();
        }
        return this.resultWriter.write(result, continuation);
    }

    @Override
    public String toString() {
        return "command '" + this.name + "' (" + this.description + ")";
    }
}
