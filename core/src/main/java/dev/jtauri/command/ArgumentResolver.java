package dev.jtauri.command;

import org.jspecify.annotations.Nullable;

/**
 * A strategy that supplies one kind of command argument: named JSON arguments, the body, an
 * injected {@link dev.jtauri.AppHandle}, state, and so on.
 *
 * <p>{@link #supportsParameter} is asked once per parameter when a command is registered, and
 * the first resolver that supports it serves it for every call. Work that depends only on the
 * parameter (Jackson readers, type checks) belongs there or in
 * {@link CommandParameter}'s memoized accessors, not in {@link #resolveArgument}.
 */
public interface ArgumentResolver {

    /**
     * Whether this resolver supplies the parameter.
     * @param parameter the parameter
     * @return true to serve it
     */
    boolean supportsParameter(CommandParameter parameter);

    /**
     * Supply the argument for one call.
     * @param parameter the parameter
     * @param context the call
     * @return the argument
     * @throws ArgumentBindingException when the caller's input does not fit
     */
    @Nullable Object resolveArgument(CommandParameter parameter, InvocationContext context);

    /**
     * What the resolver reads from the request body, so registration can reject commands that
     * read it two ways.
     * @return how the body is used
     */
    default BodyUsage bodyUsage() {
        return BodyUsage.NONE;
    }

    /** How a resolver uses the request body. */
    enum BodyUsage {

        /** It does not read the body (injected values, state). */
        NONE,

        /** It reads one named member of the JSON arguments object. */
        NAMED_ARGUMENT,

        /** It takes the whole body. */
        WHOLE_BODY
    }
}
