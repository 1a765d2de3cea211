package dev.jtauri.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.ipc.InvokeError;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Bean validation on a {@code @Validated} command bean is the caller's fault, not the app's: the
 * page gets {@code command 'save': invalid argument 'name': must not be blank}, naming the
 * argument and the constraint, never the value. A result that fails its constraints is the
 * command's fault, an internal error like any other. Handles Spring's
 * {@link MethodValidationException} and, when Jakarta Validation is present, its
 * {@code ConstraintViolationException}.
 */
public class MethodValidationExceptionTranslator implements ExceptionTranslator {

    private static final boolean JAKARTA_VALIDATION_PRESENT = ClassUtils.isPresent(
            "jakarta.validation.ConstraintViolationException", MethodValidationExceptionTranslator.class.getClassLoader());

    @Override
    public @Nullable InvokeError translate(String command, Throwable exception) {
        List<String> problems = new ArrayList<>();
        if (exception instanceof MethodValidationException validation) {
            if (validation.isForReturnValue()) {
                // The command's own result broke its contract: not the caller's fault.
                return null;
            }
            for (ParameterValidationResult result : validation.getParameterValidationResults()) {
                String parameter = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    String field = (error instanceof FieldError fieldError) ? "." + fieldError.getField() : "";
                    problems.add("invalid argument '" + parameter + field + "': " + error.getDefaultMessage());
                }
            }
        }
        else if (JAKARTA_VALIDATION_PRESENT) {
            JakartaViolations.describe(exception, problems);
        }
        if (problems.isEmpty()) {
            return null;
        }
        return InvokeError.of(InvokeError.Kind.INVALID_ARGUMENTS, "command '" + command + "': " + String.join("; ", problems));
    }

    /** Kept apart so the class loads without Jakarta Validation on the classpath. */
    private static final class JakartaViolations {

        static void describe(Throwable exception, List<String> problems) {
            if (!(exception instanceof jakarta.validation.ConstraintViolationException violations)) {
                return;
            }
            for (jakarta.validation.ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                if (isOfReturnValue(violation.getPropertyPath())) {
                    // The command's own result broke its contract: not the caller's fault.
                    problems.clear();
                    return;
                }
                problems.add("invalid argument '" + argumentPath(violation.getPropertyPath()) + "': "
                        + violation.getMessage());
            }
            problems.sort(String::compareTo);
        }

        private static boolean isOfReturnValue(jakarta.validation.Path path) {
            for (jakarta.validation.Path.Node node : path) {
                if (node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        }

        /** "save.arg0.name" or "save.person.name" without the method's node: "person.name". */
        private static String argumentPath(jakarta.validation.Path path) {
            StringBuilder argument = new StringBuilder();
            for (jakarta.validation.Path.Node node : path) {
                if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                    continue;
                }
                argument.append((argument.length() > 0) ? "." : "").append(node.getName());
            }
            return argument.toString();
        }
    }
}
