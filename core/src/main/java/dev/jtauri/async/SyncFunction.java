package dev.jtauri.async;

import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The blocking form of an {@link AsyncFunction}, made by {@link AsyncTools#toSync}.
 *
 * <p>It is both a {@link Function} and a {@link Consumer}, so it fits wherever a synchronous
 * callback is expected, an event listener in particular:
 * {@code Listener.once(app, "foo-event", asyncTools.toSync(event -> ...))}.
 *
 * <p>{@link #apply} re-throws whatever the async function threw or failed with, with its own
 * type, checked exceptions included (they are not declared, as in the Python original).
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface SyncFunction<T extends @Nullable Object, R extends @Nullable Object>
        extends Function<T, R>, Consumer<T> {

    @Override
    default void accept(T argument) {
        apply(argument);
    }
}
