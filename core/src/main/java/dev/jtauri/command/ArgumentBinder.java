package dev.jtauri.command;

import org.jspecify.annotations.Nullable;

/**
 * Supplies one parameter's argument at each call. An {@link ArgumentResolver} makes it when the
 * command is registered, holding what the parameter needs, so {@link #bind} does no reflection
 * or type work.
 */
@FunctionalInterface
public interface ArgumentBinder {

    /**
     * The argument for one call.
     * @param context the call
     * @return the argument
     * @throws ArgumentBindingException when the caller's input does not fit
     */
    @Nullable Object bind(InvocationContext context);

    /**
     * What the binder reads from the request body, so registration can reject commands that
     * read it two ways.
     * @return how the body is used; {@link BodyUsage#NONE} unless overridden
     */
    default BodyUsage bodyUsage() {
        return BodyUsage.NONE;
    }

    /** How a binder uses the request body. */
    enum BodyUsage {

        /** It does not read the body (injected values, state). */
        NONE,

        /** It reads one named member of the JSON arguments object. */
        NAMED_ARGUMENT,

        /** It takes the whole body. */
        WHOLE_BODY
    }
}
