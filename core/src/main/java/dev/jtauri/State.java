package dev.jtauri;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects app state into a command parameter: the value given to
 * {@link Manager#manage(ImplManager, Object)} whose type matches the parameter's, as
 * {@code Annotated[T, State()]} does in PyTauri and {@code tauri::State<T>} in Tauri.
 *
 * <pre>{@code
 * @TauriCommand
 * void useTools(@State AsyncTools asyncTools) { ... }
 * }</pre>
 *
 * <p>A call fails with an internal error, logged, when no such state is managed.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface State {
}
