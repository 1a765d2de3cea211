package dev.jtauri.async;

import org.jspecify.annotations.Nullable;

/**
 * A function that may block (file or network I/O, heavy computation) and may throw.
 * {@link AsyncTools#toAsync} runs it on a blocking worker.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface BlockingFunction<T extends @Nullable Object, R extends @Nullable Object> {

    R apply(T argument) throws Exception;
}
