package dev.jtauri.command;

/**
 * A {@code @TauriCommand} or {@code @TauriListener} method that cannot be served as declared:
 * found when it is registered, at startup, never at the first call. The message names the bean
 * and the method.
 */
public class CommandDefinitionException extends RuntimeException {

    /**
     * Create the exception.
     * @param message what is wrong and where
     */
    public CommandDefinitionException(String message) {
        super(message);
    }
}
