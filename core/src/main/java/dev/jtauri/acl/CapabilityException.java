package dev.jtauri.acl;

/**
 * A capability that cannot be used: a malformed capability file, an unknown permission, a
 * permission set that includes itself, two capabilities with one identifier. Thrown while the app
 * starts, never on a call; the message names the capability and where it comes from.
 */
public class CapabilityException extends RuntimeException {

    /**
     * Create the exception.
     * @param message what is wrong, naming the capability and its source
     */
    public CapabilityException(String message) {
        super(message);
    }

    /**
     * Create the exception.
     * @param message what is wrong, naming the capability and its source
     * @param cause the underlying failure, such as a JSON syntax error
     */
    public CapabilityException(String message, Throwable cause) {
        super(message, cause);
    }
}
