package dev.jtauri.support;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The unwrapping every caller of a future needs: the failure a stage stands for, without the
 * wrappers the JDK adds around it.
 */
public final class Exceptions {

    private Exceptions() {
    }

    /**
     * The failure itself: {@link CompletionException} and {@link ExecutionException} taken off.
     * @param failure what a stage or future failed with
     * @return the innermost cause they wrap, or {@code failure} when it wraps nothing
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
