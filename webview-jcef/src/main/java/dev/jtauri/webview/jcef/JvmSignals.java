package dev.jtauri.webview.jcef;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Takes SIGTERM, SIGINT and SIGHUP back from Chromium, whose browser process installs handlers
 * of its own that end the process at once, skipping the JVM's shutdown hooks. Reinstalled, a
 * signal ends the app the way {@code AppHandle.exit} does, with the code {@code 128 + signal}:
 * windows closed, CEF disposed, the runner returns, and {@code main} closes the Spring context.
 */
final class JvmSignals {

    private static final Logger logger = LoggerFactory.getLogger(JvmSignals.class);

    private JvmSignals() {
    }

    /**
     * Install the handlers.
     * @param exit asked to end the app with an exit code, on a thread of its own
     */
    static void reclaim(IntConsumer exit) {
        for (String name : new String[] { "TERM", "INT", "HUP" }) {
            try {
                Signal.handle(new Signal(name), (signal) -> {
                    logger.info("Received SIG{}: ending the app", name);
                    new Thread(() -> exit.accept(128 + signal.getNumber()), "tauri-signal-" + name).start();
                });
            }
            catch (IllegalArgumentException ex) {
                // The signal does not exist here (HUP on Windows), or the JVM reserves it (-Xrs).
                logger.debug("Signal {} left as it is: {}", name, ex.getMessage());
            }
        }
    }
}
