package dev.jtauri.sample;

import dev.jtauri.AppHandle;
import dev.jtauri.TauriCommand;
import org.springframework.stereotype.Component;

/**
 * The app itself.
 */
@Component
public class AppCommands {

    /** {@code invoke('quit', {code})}: ends the app; the process exits with the code. */
    @TauriCommand
    public void quit(int code, AppHandle app) {
        app.exit(code);
    }
}
