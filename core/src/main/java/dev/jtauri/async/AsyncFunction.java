package dev.jtauri.async;

import java.util.concurrent.CompletionStage;

import org.jspecify.annotations.Nullable;

/**
 * An "async function": it starts work and returns a stage that completes with the result.
 * The Java form of a Python {@code async def}; {@link AsyncTools#toSync} turns it into a
 * blocking function.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface AsyncFunction<T extends @Nullable Object, R extends @Nullable Object> {

    CompletionStage<R> apply(T argument) throws Exception;
}
