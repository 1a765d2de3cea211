package dev.jtauri.command;

import dev.jtauri.ipc.InvokeError;
import org.jspecify.annotations.Nullable;

/**
 * Turns an exception a command threw into the error the page sees, for exceptions that are the
 * caller's fault rather than the app's: bean validation failures, for example. Exceptions no
 * translator claims are internal errors, logged under an error id.
 */
@FunctionalInterface
public interface ExceptionTranslator {

    /**
     * Translate an exception.
     * @param command the command's name
     * @param exception what the command threw, unwrapped
     * @return the error to reject with, or {@code null} to leave it to the next translator
     */
    @Nullable InvokeError translate(String command, Throwable exception);
}
