package dev.jtauri.webview.jcef;

import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.e2e.Reports;
import org.cef.CefApp;

/**
 * The e2e app, with CEF's UI thread held in the close path of every window: right after the
 * browser was reported closed and before JCEF's own cleanup of it, where a dispose of CEF from
 * any other thread deadlocks with that cleanup. The probe holds the thread for up to three
 * seconds, or until CEF starts to shut down, and reports which came first.
 */
public final class CloseRaceApplication {

    private CloseRaceApplication() {
    }

    public static void main(String[] args) {
        JcefWebviewHost.closeProbe = () -> {
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < deadline && CefApp.getState().compareTo(CefApp.CefAppState.SHUTTING_DOWN) < 0) {
                Thread.onSpinWait();
            }
            Reports.print("closeProbe", "stateWhileClosing", CefApp.getState().name(),
                    "thread", Thread.currentThread().getName());
        };
        E2eApplication.main(args);
    }
}
