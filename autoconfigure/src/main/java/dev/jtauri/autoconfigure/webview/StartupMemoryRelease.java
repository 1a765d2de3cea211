package dev.jtauri.autoconfigure.webview;

import java.time.Duration;

import dev.jtauri.webview.jcef.StartupMemory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Gives back the memory the app's start used ({@link StartupMemory}) a moment after the app is
 * ready, on a thread of its own, once the windows' pages have loaded: a desktop app that then
 * sits idle holds its working set, not its start's.
 */
class StartupMemoryRelease implements ApplicationListener<ApplicationReadyEvent> {

    // Past the windows' first loads, which the collection's pause would otherwise slow.
    static final Duration DELAY = Duration.ofSeconds(1);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(DELAY.toMillis());
            }
            catch (InterruptedException ex) {
                return;
            }
            if (event.getApplicationContext().isActive()) {
                StartupMemory.release();
            }
        }, "tauri-startup-memory");
        release.setDaemon(true);
        release.start();
    }
}
