package dev.jtauri.command;

import java.util.List;

import dev.jtauri.InvokeException;
import dev.jtauri.ipc.InvokeError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of argument errors, in one place so every resolver words them alike:
 * {@code command 'add': invalid argument 'a': expected an integer (int), got a string}.
 */
public final class ArgumentErrors {

    private static final Logger logger = LoggerFactory.getLogger(ArgumentErrors.class);

    private ArgumentErrors() {
    }

    /**
     * A required argument is absent.
     * @param parameter the parameter
     * @return the exception to throw
     */
    public static ArgumentBindingException missing(CommandParameter parameter) {
        return invalid(parameter, "missing required " + parameter.describe());
    }

    /**
     * A required argument is {@code null}.
     * @param parameter the parameter
     * @return the exception to throw
     */
    public static ArgumentBindingException nullValue(CommandParameter parameter) {
        return invalid(parameter, parameter.describe() + " must not be null");
    }

    /**
     * An argument that Jackson could not bind.
     * @param parameter the parameter
     * @param argumentName the argument's name, or {@code null} when the whole body was bound
     * @param value the JSON value that was bound
     * @param ex Jackson's complaint
     * @return the exception to throw
     */
    public static ArgumentBindingException mismatch(CommandParameter parameter, @Nullable String argumentName,
            JsonNode value, JacksonException ex) {
        if (ex instanceof InvalidDefinitionException definition) {
            // Jackson cannot build this type at all (an interface, say): the command's fault, not the caller's.
            throw new IllegalStateException("Jackson cannot bind " + parameter + ": " + definition.getOriginalMessage(),
                    definition);
        }
        List<JacksonException.Reference> path = ex.getPath();
        StringBuilder location = new StringBuilder((argumentName != null) ? argumentName : "");
        JsonNode actual = value;
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                location.append((location.length() > 0) ? "." : "").append(reference.getPropertyName());
                actual = (actual != null) ? actual.get(reference.getPropertyName()) : null;
            }
            else if (reference.getIndex() >= 0) {
                location.append('[').append(reference.getIndex()).append(']');
                actual = (actual != null) ? actual.get(reference.getIndex()) : null;
            }
        }
        String where = (argumentName != null) ? "argument '" + location + "'"
                : (location.length() == 0) ? "body" : "body field '" + location + "'";
        if (ex instanceof UnrecognizedPropertyException unrecognized) {
            return invalid(parameter, "invalid " + where + ": unknown property for "
                    + unrecognized.getReferringClass().getSimpleName());
        }
        JsonMapper mapper = parameter.jsonMapper();
        if (ex instanceof InvalidTypeIdException) {
            // The type id is whatever the page sent, so it is not quoted.
            return invalid(parameter, "invalid " + where + ": expected " + JsonKinds.expected(parameter.type(), mapper)
                    + " of a known kind, got one of an unknown kind");
        }
        if (ex instanceof ValueInstantiationException instantiation) {
            // The constructor's own message may quote the value, so it stays in the log, unless
            // the constructor chose to speak to the page with an InvokeException.
            logger.debug("{} rejected an argument of command '{}'", instantiation.getType(), parameter.commandName(), ex);
            String reason = (instantiation.getCause() instanceof InvokeException invokeException)
                    ? ": " + invokeException.getMessage() : "";
            return invalid(parameter, "invalid " + where + ": " + instantiation.getType().getRawClass().getSimpleName()
                    + " rejected the value" + reason);
        }
        String got = (actual != null) ? JsonKinds.actual(actual) : "nothing";
        // Within the argument Jackson knows only the class it was building, not the declared type.
        Class<?> target = (path.isEmpty()) ? null : targetOf(ex);
        if (target == null && !path.isEmpty()) {
            return invalid(parameter, "invalid " + where + ": cannot take " + got);
        }
        String expected = (target == null) ? JsonKinds.expected(parameter.type(), mapper)
                : JsonKinds.expectedWithin(target, mapper);
        Class<?> raw = (target != null) ? target : parameter.type().getRawClass();
        if (ex instanceof InputCoercionException) {
            // Right kind, too large: "expected an integer (int), got an integer out of its range".
            got = got + " out of its range";
        }
        else if (actual != null && actual.isString() && JsonKinds.isWrittenAsString(raw)) {
            // Right kind, wrong form: "expected an ISO-8601 string (Instant), got a string that is not one".
            got = got + " that is not one";
        }
        return invalid(parameter, "invalid " + where + ": expected " + expected + ", got " + got);
    }

    /** The class Jackson was building where it failed, when it says. */
    private static @Nullable Class<?> targetOf(JacksonException ex) {
        if (ex instanceof MismatchedInputException mismatched) {
            return mismatched.getTargetType();
        }
        return (ex instanceof InputCoercionException coercion) ? coercion.getTargetType() : null;
    }

    /**
     * An argument error with a message of the caller's.
     * @param parameter the parameter
     * @param problem what is wrong, without the command's name
     * @return the exception to throw
     */
    public static ArgumentBindingException invalid(CommandParameter parameter, String problem) {
        return invalid(parameter.commandName(), problem);
    }

    /**
     * An argument error of a command, with a message of the caller's.
     * @param commandName the command
     * @param problem what is wrong, without the command's name
     * @return the exception to throw
     */
    public static ArgumentBindingException invalid(String commandName, String problem) {
        return new ArgumentBindingException(InvokeError.Kind.INVALID_ARGUMENTS, "command '" + commandName + "': " + problem);
    }
}
