package dev.jtauri.command;

import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;

/**
 * An argument the caller got wrong: missing, null, malformed or of the wrong type. The message
 * names the command, the argument and what was expected, never the value.
 */
public class ArgumentBindingException extends RequestRejectedException {

    /**
     * Create the exception.
     * @param kind {@link InvokeError.Kind#INVALID_ARGUMENTS} or {@link InvokeError.Kind#MALFORMED_REQUEST}
     * @param message what was wrong
     */
    public ArgumentBindingException(InvokeError.Kind kind, String message) {
        super(kind, message);
    }
}
