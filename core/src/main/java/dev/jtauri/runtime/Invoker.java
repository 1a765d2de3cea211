package dev.jtauri.runtime;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.command.ArgumentBindingException;
import dev.jtauri.command.CommandHandler;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.support.Exceptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs an invoke from request to response: the one pipeline that a real page and the test
 * client share.
 *
 * <p>{@link #invoke} returns at once on any thread (a CEF UI thread included); everything else
 * (size check, command lookup, JSON parsing, the command itself, writing the result) happens on
 * the portal. The returned future always completes, exactly once, with a response: errors are
 * responses too, and this method never throws for bad input.
 */
public final class Invoker {

    /** The command {@code pyInvoke} calls; the function's name is in the {@code pyfunc} header. */
    public static final String PY_INVOKE_COMMAND = "plugin:pytauri|pyfunc";

    /** The header that names the function of a {@code pyInvoke}. */
    public static final String PY_INVOKE_HEADER = "pyfunc";

    private static final Logger logger = LoggerFactory.getLogger(Invoker.class);

    private final CommandRegistry commands;

    private final AppHandle appHandle;

    private final JsonMapper mapper;

    private final BlockingPortal portal;

    private final long maxPayloadSize;

    private final List<ExceptionTranslator> exceptionTranslators;

    private final Capabilities capabilities;

    Invoker(CommandRegistry commands, AppHandle appHandle, JsonMapper mapper,
            BlockingPortal portal, long maxPayloadSize, List<ExceptionTranslator> exceptionTranslators,
            Capabilities capabilities) {
        this.commands = commands;
        this.appHandle = appHandle;
        this.mapper = mapper;
        this.portal = portal;
        this.maxPayloadSize = maxPayloadSize;
        this.exceptionTranslators = List.copyOf(exceptionTranslators);
        this.capabilities = capabilities;
    }

    /**
     * Run an invoke.
     * @param request the request
     * @return the response; never completes exceptionally
     */
    public CompletableFuture<InvokeResponse> invoke(InvokeRequest request) {
        return run(request.command(), () -> request);
    }

    /**
     * Decode a request on the portal, then run it: for transports whose messages should not be
     * parsed on the thread that received them (a CEF UI or I/O thread).
     * @param decoder makes the request; may throw {@link ArgumentBindingException} for a
     * malformed message, which becomes the response
     * @return the response; never completes exceptionally
     */
    public CompletableFuture<InvokeResponse> decodeAndInvoke(Supplier<InvokeRequest> decoder) {
        return run(null, decoder);
    }

    /**
     * Hand the call to the portal; a portal that refuses it (the app is shutting down) answers.
     * @param command the command's name when known before decoding
     */
    private CompletableFuture<InvokeResponse> run(@Nullable String command, Supplier<InvokeRequest> decoder) {
        CompletableFuture<InvokeResponse> response = new CompletableFuture<>();
        try {
            this.portal.startTaskSoon(() -> decodeThenDispatch(decoder).thenAccept(response::complete))
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        response.complete(unavailable(command));
                    }
                });
        }
        catch (IllegalStateException ex) {
            response.complete(unavailable(command));
        }
        return response;
    }

    private CompletionStage<InvokeResponse> decodeThenDispatch(Supplier<InvokeRequest> decoder) {
        InvokeRequest request;
        try {
            request = decoder.get();
        }
        catch (Throwable ex) {
            return done(error("invoke", null, ex));
        }
        return dispatchSafely(request);
    }

    private CompletionStage<InvokeResponse> dispatchSafely(InvokeRequest request) {
        try {
            return dispatch(request).exceptionally((failure) -> error(request.command(), null, failure));
        }
        catch (Throwable ex) {
            return done(error(request.command(), null, ex));
        }
    }

    private CompletionStage<InvokeResponse> dispatch(InvokeRequest request) {
        String name = request.command();
        if (request.body().exceeds(this.maxPayloadSize)) {
            return done(err(InvokeError.of(InvokeError.Kind.PAYLOAD_TOO_LARGE, "command '" + name + "': the body is "
                    + "larger than the limit of " + this.maxPayloadSize + " bytes (tauri.ipc.max-payload-size)")));
        }
        if (PY_INVOKE_COMMAND.equals(name)) {
            name = request.headers().get(PY_INVOKE_HEADER);
            if (name == null || name.isEmpty()) {
                return done(err(InvokeError.of(InvokeError.Kind.MALFORMED_REQUEST,
                        "command '" + PY_INVOKE_COMMAND + "' needs the '" + PY_INVOKE_HEADER
                                + "' header naming the function, as pyInvoke() sends it")));
            }
        }
        if (!this.capabilities.allows(request.page().label(), name)) {
            return done(err(InvokeError.of(InvokeError.Kind.FORBIDDEN, "command '" + name + "' is not allowed in window '"
                    + request.page().label() + "' (tauri.app.security.capabilities)")));
        }
        CommandHandler handler = this.commands.find(name).orElse(null);
        if (handler == null) {
            return done(err(InvokeError.of(InvokeError.Kind.UNKNOWN_COMMAND, "unknown command '" + name + "'"
                    + this.commands.suggest(name).map((hint) -> " (did you mean '" + hint + "'?)").orElse(""))));
        }
        InvocationContext context = new InvocationContext(request, name, this.appHandle, this.mapper);
        String commandName = name;
        try {
            return handler.invoke(context, this.portal.executor())
                .handle((body, failure) -> (failure == null) ? ok(body) : error(commandName, handler, failure));
        }
        catch (Throwable ex) {
            return done(error(commandName, handler, ex));
        }
    }

    private InvokeResponse error(String commandName, @Nullable CommandHandler handler, Throwable failure) {
        Throwable cause = Exceptions.unwrap(failure);
        if (cause instanceof ArgumentBindingException binding) {
            logger.debug("Rejected a call of '{}': {}", commandName, binding.getMessage());
            return err(InvokeError.of(binding.getKind(), binding.getMessage()));
        }
        if (cause instanceof InvokeException invokeException) {
            return commandError(commandName, handler, invokeException);
        }
        if (cause instanceof RejectedExecutionException && this.portal.isStopped()) {
            // The command ran, but its result came after the portal stopped: shutdown, not a bug.
            logger.debug("Command '{}' did not complete: the application is shutting down", commandName);
            return err(InvokeError.of(InvokeError.Kind.UNAVAILABLE,
                    "command '" + commandName + "' did not complete: the application is shutting down"));
        }
        for (ExceptionTranslator translator : this.exceptionTranslators) {
            InvokeError translated = translate(translator, commandName, cause);
            if (translated != null) {
                logger.debug("Rejected a call of '{}': {}", commandName, translated.message());
                return err(translated);
            }
        }
        String errorId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        logger.error("Command '{}' ({}) failed [error id {}]", commandName,
                (handler != null) ? handler.description() : "no handler", errorId, cause);
        return err(InvokeError.of(InvokeError.Kind.INTERNAL, "command '" + commandName
                + "' failed with an internal error (error id " + errorId + "); the application log has the details"));
    }

    /**
     * A translator's answer. Translators are the app's code: one that throws is skipped, so the
     * page still gets an answer and the command's own failure is still logged.
     */
    private static @Nullable InvokeError translate(ExceptionTranslator translator, String commandName, Throwable cause) {
        try {
            return translator.translate(commandName, cause);
        }
        catch (RuntimeException ex) {
            logger.warn("Exception translator {} failed on the failure of command '{}'; skipped it",
                    translator.getClass().getName(), commandName, ex);
            return null;
        }
    }

    private InvokeResponse commandError(String commandName, @Nullable CommandHandler handler, InvokeException ex) {
        JsonNode data = null;
        if (ex.getData() != null) {
            try {
                data = this.mapper.valueToTree(ex.getData());
            }
            catch (JacksonException serialization) {
                return error(commandName, handler, new IllegalStateException(
                        "The data of an InvokeException cannot be serialized as JSON", serialization));
            }
        }
        return err(new InvokeError(InvokeError.Kind.COMMAND_ERROR, ex.getMessage(), ex.getCode(), data));
    }

    private InvokeResponse err(InvokeError error) {
        String json;
        if (error.code() == null && error.data() == null) {
            json = this.mapper.writeValueAsString(error.message());
        }
        else {
            ObjectNode object = this.mapper.createObjectNode();
            object.put("message", error.message());
            object.put("code", error.code());
            object.set("data", error.data());
            json = this.mapper.writeValueAsString(object);
        }
        return new InvokeResponse.Err(error, json);
    }

    private InvokeResponse unavailable(@Nullable String command) {
        return err(InvokeError.of(InvokeError.Kind.UNAVAILABLE, ((command != null) ? "command '" + command + "'"
                : "the call") + " was not run: the application is shutting down"));
    }

    private static InvokeResponse ok(InvokeBody body) {
        return new InvokeResponse.Ok(body);
    }

    private static CompletionStage<InvokeResponse> done(InvokeResponse response) {
        return CompletableFuture.completedFuture(response);
    }

}
