package dev.jtauri.event;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.jtauri.AppHandle;
import dev.jtauri.Listener;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;

/**
 * The seed's to_sync snippet: a command that feeds a stream from a synchronous listener.
 */
public class SeedCommands {

    @TauriCommand
    public CompletionStage<String> receiveFooEvent(AppHandle app, @State AsyncTools asyncTools) {
        CompletableFuture<String> stream = new CompletableFuture<>();
        Listener.once(app, "foo-event", asyncTools.toSync(event -> stream.completeAsync(event::payload)));
        return stream.thenApply((payload) -> "Received: " + payload);
    }
}
