package dev.jtauri.sample.seed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;
import org.springframework.stereotype.Component;

/**
 * Twin of {@code to_async.py}: a blocking function made async with {@link AsyncTools#toAsync},
 * so it runs on a blocking worker and not on the portal.
 */
@Component
public class ToAsyncCommands {

    /** {@code invoke('runBlockingTask', {secs})}: resolves with the worker thread's name. */
    @TauriCommand
    public CompletionStage<String> runBlockingTask(double secs, @State AsyncTools asyncTools) {
        // Convert a synchronous blocking function to an asynchronous one ...
        Function<Double, CompletableFuture<String>> someBlockingTask = asyncTools.toAsync(ToAsyncCommands::sleep);
        // ... and run it in a separate worker thread.
        return someBlockingTask.apply(secs);
    }

    private static String sleep(double secs) throws InterruptedException {
        Thread.sleep((long) (secs * 1000));
        return Thread.currentThread().getName();
    }
}
