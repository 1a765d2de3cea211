package dev.jtauri.sample.greeting;

import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import org.springframework.stereotype.Component;

/**
 * Commands with arguments, errors and an async result.
 */
@Component
public class GreetingCommands {

    /** {@code invoke('greet', {name})}. */
    @TauriCommand
    public String greet(String name) {
        if (name.isBlank()) {
            throw new InvokeException("Please enter a name");
        }
        return "Hello, " + name + "! You've been greeted from Java.";
    }

    /** {@code invoke('divide', {dividend, divisor})}: a command error with a code. */
    @TauriCommand
    public double divide(double dividend, double divisor) {
        if (divisor == 0) {
            throw new InvokeException("Cannot divide by zero", "DIVISION_BY_ZERO", null);
        }
        return dividend / divisor;
    }

    /** {@code invoke('slowGreet', {name, delayMillis})}: an async command, awaited without holding a thread. */
    @TauriCommand
    public CompletionStage<String> slowGreet(String name, long delayMillis) {
        return CompletableFuture.supplyAsync(() -> "Hello, " + name + ", at " + LocalTime.now().withNano(0),
                CompletableFuture.delayedExecutor(delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS));
    }
}
