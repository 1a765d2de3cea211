package dev.jtauri.sample.seed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.jtauri.AppHandle;
import dev.jtauri.Listener;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;
import org.springframework.stereotype.Component;

/**
 * Twin of {@code to_sync.py}: an async function made a synchronous listener with
 * {@link AsyncTools#toSync}, feeding what the command awaits.
 */
@Component
public class ToSyncCommands {

    /** {@code invoke('receiveFooEvent')}: resolves with the payload of the next {@code foo-event}. */
    @TauriCommand
    public CompletionStage<String> receiveFooEvent(AppHandle app, @State AsyncTools asyncTools) {
        CompletableFuture<String> stream = new CompletableFuture<>();

        // Convert an async function to a sync one, and use it as a synchronous callback.
        Listener.once(app, "foo-event", asyncTools.toSync(event -> stream.completeAsync(event::payload)));

        return stream.thenApply(payload -> "Received: " + payload);
    }
}
