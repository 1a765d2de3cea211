package dev.jtauri.async;

/**
 * A task for the portal: returns a value or throws. The exception type is a type parameter so
 * that {@link BlockingPortal#call} re-throws exactly what the task throws, checked or not.
 *
 * @param <T> the result type
 * @param <E> the exception the task may throw ({@code RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface ThrowingSupplier<T, E extends Exception> {

    T get() throws E;
}
