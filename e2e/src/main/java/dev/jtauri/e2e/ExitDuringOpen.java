package dev.jtauri.e2e;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.swing.SwingUtilities;

import dev.jtauri.AppHandle;
import org.cef.CefApp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the app while its windows are still being created ({@code e2e.exit-during-open=true}):
 * the EDT is held from before the runner opens the windows until after {@code AppHandle.exit}
 * was called, so no window has been shown when the app starts to end.
 */
@Component
@ConditionalOnBooleanProperty("e2e.exit-during-open")
public class ExitDuringOpen {

    private final CountDownLatch exitCalled = new CountDownLatch(1);

    /** After the context is refreshed, before the runner opens the windows. */
    @EventListener(ApplicationStartedEvent.class)
    void holdTheEdt() throws InterruptedException {
        // CEF's initialization runs on the EDT: let it finish first.
        for (int i = 0; i < 1200 && CefApp.getState() != CefApp.CefAppState.INITIALIZED; i++) {
            Thread.sleep(50);
        }
        SwingUtilities.invokeLater(() -> {
            try {
                this.exitCalled.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** After the runner asked for the windows. */
    @EventListener(ApplicationReadyEvent.class)
    void exit(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(AppHandle.class).exit(5);
        Reports.print("exitCalled");
        this.exitCalled.countDown();
    }
}
