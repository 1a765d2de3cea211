package dev.jtauri.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import dev.jtauri.TauriCommand;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.support.MethodTarget;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One command: the method target, a binder for each parameter, and a writer for the result,
 * all made and checked when the command is registered. Immutable; calls only bind, invoke and
 * write.
 */
public final class CommandHandler {

    private final String name;

    private final MethodTarget target;

    private final ArgumentBinder[] binders;

    private final ResultWriter resultWriter;

    private final @Nullable Duration timeout;

    private CommandHandler(String name, MethodTarget target, List<ArgumentBinder> binders, ResultWriter resultWriter,
            @Nullable Duration timeout) {
        this.name = name;
        this.target = target;
        this.binders = binders.toArray(ArgumentBinder[]::new);
        this.resultWriter = resultWriter;
        this.timeout = timeout;
    }

    /**
     * Build the handler of a method: a binder for each parameter and a writer for the result,
     * checked together.
     * @throws CommandDefinitionException when the method cannot be served
     */
    static CommandHandler build(String name, MethodTarget target, JsonMapper mapper, ArgumentResolverComposite resolvers) {
        List<CommandParameter> parameters = new ArrayList<>();
        List<ArgumentBinder> binders = new ArrayList<>();
        for (int i = 0; i < target.method().getParameterCount(); i++) {
            CommandParameter parameter = new CommandParameter(name, target, i, mapper);
            parameters.add(parameter);
            binders.add(resolvers.binderFor(parameter));
        }
        checkBodyUsage(name, target, parameters, binders);
        String description = "Command '" + name + "' (" + target.description() + ")";
        TauriCommand annotation = target.method().getAnnotation(TauriCommand.class);
        return new CommandHandler(name, target, binders, ResultWriter.forMethod(target, mapper, description),
                (annotation != null) ? CommandTimeouts.parse(annotation.timeout(), description) : null);
    }

    /**
     * How long the command may take to answer, as its annotation says.
     * @return the timeout; empty for the app's default; {@link Duration#ZERO} for none
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(this.timeout);
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
        return this.target.description();
    }

    /**
     * Bind the arguments, call the method, and write its result.
     * @param context the call
     * @param continuation where an async command's result is written
     * @return the response body; fails with an {@link ArgumentBindingException} when an argument
     * does not fit, or with what the command threw, unwrapped. Never throws.
     */
    public CompletionStage<InvokeBody> invoke(InvocationContext context, Executor continuation) {
        try {
            @Nullable Object[] arguments = new Object[this.binders.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = this.binders[i].bind(context);
            }
            Object value = this.target.invoke(arguments);
            if (value instanceof CompletionStage<?> stage) {
                // The work it stands for is the command's: called off with the call.
                context.cancellation().onCancel(() -> stage.toCompletableFuture().cancel(true));
            }
            return this.resultWriter.write(value, continuation);
        }
        catch (Throwable ex) {
            return CompletableFuture.failedFuture(ex);
        }
    }

    private static void checkBodyUsage(String name, MethodTarget target, List<CommandParameter> parameters,
            List<ArgumentBinder> binders) {
        String description = target.description();
        List<String> wholeBody = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            CommandParameter parameter = parameters.get(i);
            switch (binders.get(i).bodyUsage()) {
                case WHOLE_BODY -> wholeBody.add(parameter.name());
                case NAMED_ARGUMENT -> {
                    if (!parameter.isNamePresent()) {
                        throw new CommandDefinitionException("Command '" + name + "' (" + description
                                + "): the names of its parameters are not in the class file, so its JSON arguments "
                                + "cannot be matched to them. Compile with the -parameters flag "
                                + "(Spring Boot's Maven and Gradle plugins set it)");
                    }
                    named.add(parameter.name());
                }
                case NONE -> { }
            }
        }
        if (wholeBody.size() > 1) {
            throw new CommandDefinitionException("Command '" + name + "' (" + description + ") takes the whole body "
                    + "in more than one parameter " + wholeBody + "; keep one @Body or byte[] parameter");
        }
        if (!wholeBody.isEmpty() && !named.isEmpty()) {
            throw new CommandDefinitionException("Command '" + name + "' (" + description + "): parameter '"
                    + wholeBody.get(0) + "' takes the whole body, so the command cannot also take named arguments "
                    + named + "; put them in the body's type, or drop the body parameter");
        }
    }

    @Override
    public String toString() {
        return "command '" + this.name + "' (" + description() + ")";
    }
}
