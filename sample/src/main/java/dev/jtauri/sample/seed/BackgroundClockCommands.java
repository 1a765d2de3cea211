package dev.jtauri.sample.seed;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.jtauri.AppHandle;
import dev.jtauri.Emitter;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;
import org.springframework.stereotype.Component;

/**
 * Twin of {@code start_soon_in_background.py}: a background task that emits the time every
 * second until the app exits, when the task group interrupts it.
 */
@Component
public class BackgroundClockCommands {

    private final AtomicBoolean started = new AtomicBoolean();

    /** {@code invoke('startClock')}: starts the clock once; false if it already runs. */
    @TauriCommand
    public boolean startClock(AppHandle app, @State AsyncTools asyncTools) {
        if (!this.started.compareAndSet(false, true)) {
            return false;
        }
        // Run a task in the background.
        asyncTools.taskGroup().startSoon(() -> {
            while (true) {
                Emitter.emit(app, "foo-event", Instant.now());
                Thread.sleep(1000);
            }
        });
        return true;
    }
}
