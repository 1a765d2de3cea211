package dev.jtauri.runtime;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import dev.jtauri.InvokeException;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.command.CommandHandler;
import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.support.Exceptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a call failed with into the error the page gets, as Spring's
 * {@code HandlerExceptionResolverComposite} does: translators asked in order, the first answer
 * wins. The framework's own come first (a rejected request, a command's
 * {@link InvokeException}, shutdown), then the app's {@link ExceptionTranslator}s. What none
 * claims is an internal error: logged with its stack under an error id, which the page's message
 * carries without any detail. A translator that throws is skipped with a warning, so every call
 * still gets an answer.
 */
final class ErrorTranslation {

    // The pipeline logs under one name, so one logging setting covers it.
    private static final Logger logger = LoggerFactory.getLogger(Invoker.class);

    private final List<Translator> translators = new ArrayList<>();

    ErrorTranslation(JsonMapper mapper, BlockingPortal portal, List<ExceptionTranslator> appTranslators) {
        this.translators.add(named("rejected requests", ErrorTranslation::rejected));
        this.translators.add(named("InvokeException", (call, failure) -> commandError(mapper, failure)));
        this.translators.add(named("shutdown", (call, failure) -> shutdown(portal, call, failure)));
        for (ExceptionTranslator translator : appTranslators) {
            // The app's translators speak of what commands threw: a call that never ran is not theirs.
            this.translators.add(named(translator.getClass().getName(), (call, failure) -> {
                CommandHandler handler = call.handler();
                return (handler != null) ? translator.translate(handler.name(), failure) : null;
            }));
        }
    }

    /**
     * The error for a failure.
     * @param call what is known of the call
     * @param failure what it failed with, wrapped or not
     * @return the error; never throws
     */
    InvokeError translate(FailedCall call, Throwable failure) {
        Throwable cause = Exceptions.unwrap(failure);
        for (Translator translator : this.translators) {
            InvokeError error = translator.translateSafely(call, cause);
            if (error != null) {
                logger.debug("Rejected {}: {}", call.subject(), error.message());
                return error;
            }
        }
        return internal(call, cause);
    }

    private static @Nullable InvokeError rejected(FailedCall call, Throwable failure) {
        return (failure instanceof RequestRejectedException rejected) ? rejected.error() : null;
    }

    private static @Nullable InvokeError commandError(JsonMapper mapper, Throwable failure) {
        if (!(failure instanceof InvokeException ex)) {
            return null;
        }
        JsonNode data;
        try {
            data = (ex.getData() != null) ? mapper.valueToTree(ex.getData()) : null;
        }
        catch (JacksonException serialization) {
            throw new IllegalStateException("The data of an InvokeException cannot be serialized as JSON", serialization);
        }
        return new InvokeError(InvokeError.Kind.COMMAND_ERROR, ex.getMessage(), ex.getCode(), data);
    }

    /** The portal refuses work once stopped: a call it refused, or a result it could not take, is shutdown. */
    private static @Nullable InvokeError shutdown(BlockingPortal portal, FailedCall call, Throwable failure) {
        if (!(failure instanceof RejectedExecutionException) || !portal.isStopped()) {
            return null;
        }
        return unavailable(call);
    }

    /** The app is ending: the call was not run, or its result came too late. */
    static InvokeError unavailable(FailedCall call) {
        String outcome = call.ran() ? "did not complete" : "was not run";
        return InvokeError.of(InvokeError.Kind.UNAVAILABLE, call.subject() + " " + outcome
                + ": the application is shutting down");
    }

    /** What no translator claims: logged with its stack under an id, which the page gets alone. */
    static InvokeError internal(FailedCall call, Throwable cause) {
        String errorId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        CommandHandler handler = call.handler();
        logger.error("{} ({}) failed [error id {}]", capitalized(call.subject()),
                (handler != null) ? handler.description() : "no handler", errorId, cause);
        return InvokeError.of(InvokeError.Kind.INTERNAL, call.subject() + " failed with an internal error (error id "
                + errorId + "); the application log has the details");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Translator named(String name, TranslatorFunction function) {
        return new Translator(name, function);
    }

    /**
     * What is known of a call when it fails.
     * @param command the command's name; {@code null} when the request could not be decoded
     * @param handler the command's handler; {@code null} when the call failed before it ran
     */
    record FailedCall(@Nullable String command, @Nullable CommandHandler handler) {

        /** Whether the command was called: its handler is known only then. */
        boolean ran() {
            return this.handler != null;
        }

        /** "command 'greet'", or "the call" before its command is known. */
        String subject() {
            return (this.command != null) ? "command '" + this.command + "'" : "the call";
        }
    }

    @FunctionalInterface
    private interface TranslatorFunction {

        @Nullable InvokeError translate(FailedCall call, Throwable failure);
    }

    private record Translator(String name, TranslatorFunction function) {

        /** The translator's answer; a translator that throws is skipped, so the page still gets one. */
        @Nullable InvokeError translateSafely(FailedCall call, Throwable failure) {
            try {
                return this.function.translate(call, failure);
            }
            catch (RuntimeException ex) {
                logger.warn("Exception translator {} failed on the failure of {}; skipped it", this.name, call.subject(),
                        ex);
                return null;
            }
        }
    }
}
