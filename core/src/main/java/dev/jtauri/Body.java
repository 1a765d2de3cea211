package dev.jtauri;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a command parameter to the whole request body, decoded from JSON, as PyTauri binds a
 * command's {@code body} model. A command with a body parameter takes no named arguments.
 *
 * <pre>{@code
 * @TauriCommand
 * Person save(@Body Person person) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Body {
}
