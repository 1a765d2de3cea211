package dev.jtauri;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a command the page can call with {@code invoke('name', {args})}:
 * the Java twin of Tauri's {@code #[tauri::command]} and PyTauri's {@code @commands.command()}.
 *
 * <pre>{@code
 * @Component
 * class Greeter {
 *     @TauriCommand
 *     String greet(String name) {
 *         return "Hello, " + name + "!";
 *     }
 * }
 * }</pre>
 *
 * <p><b>Parameters</b> are bound by name from the JSON object the page sends
 * ({@code invoke('greet', {name: 'Ada'})}); missing keys fail the call unless the parameter
 * is an {@link java.util.Optional}. Instead of named arguments a command may take the whole
 * body: a {@link Body @Body} parameter decoded from JSON, or a {@code byte[]} parameter with the
 * raw bytes. These are injected rather than read from the body: {@link AppHandle},
 * {@link WebviewWindow} (the caller's; {@code null} when the caller is not a window),
 * {@link Headers}, {@link Channel} (the argument's value is the page's channel) and
 * {@link State @State} parameters.
 *
 * <p><b>Results</b>: any value is sent back as JSON; {@code void} as {@code null}; a
 * {@code byte[]} as raw bytes (an {@code ArrayBuffer} on the page); a
 * {@link java.util.concurrent.CompletionStage} is awaited without holding a thread.
 *
 * <p><b>Errors</b>: throw {@link InvokeException} to reject the page's promise with your
 * message. Any other exception rejects it with a generic message and an error id, and is logged
 * with its stack trace under that id.
 *
 * <p><b>Cancellation</b>: a call the page aborts ({@code invoke(cmd, args, {signal})}), whose page
 * goes away, or that times out is cancelled: the thread running the command is interrupted, a
 * returned {@link java.util.concurrent.CompletionStage} is cancelled, and so is a
 * {@link dev.jtauri.async.TaskGroup} parameter, a group of the call's own.
 *
 * <p>Commands run on the portal executor, never on the caller's thread. The method is checked
 * when the app starts, and a command that cannot be bound fails the startup, naming the bean
 * and the method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TauriCommand {

    /**
     * The command's name, as the page invokes it. Defaults to the method's name.
     * @return the name, or empty for the method's name
     */
    String value() default "";

    /**
     * How long the command may take to answer, such as {@code "5s"}, {@code "500ms"} or
     * {@code "PT2M"}; past it the page's call rejects saying so, and the command's work is
     * cancelled (its thread interrupted, a returned {@link java.util.concurrent.CompletionStage}
     * cancelled). Empty for {@code tauri.ipc.command-timeout}, which is none unless set;
     * {@code "0"} for no timeout whatever that says. A value that does not parse fails the
     * startup.
     * @return the timeout, or empty for the app's default
     */
    String timeout() default "";
}
