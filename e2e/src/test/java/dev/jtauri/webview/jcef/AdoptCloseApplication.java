package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.e2e.Reports;

/**
 * The e2e app, with every window opened early closed while the running app adopts it: after the
 * windows were registered as the app's, before they are connected to its runtime. The app must
 * still end, as one whose windows all closed.
 */
public final class AdoptCloseApplication {

    private AdoptCloseApplication() {
    }

    public static void main(String[] args) {
        JcefWebviewHost.adoptProbe = (frames) -> {
            frames.forEach(BrowserFrame::close);
            Reports.print("adoptProbe", "frames", frames.size(), "closedWhileAdopting", allClosed(frames));
        };
        E2eApplication.main(args);
    }

    private static boolean allClosed(List<BrowserFrame> frames) {
        try {
            for (BrowserFrame frame : frames) {
                frame.closed().get(10, TimeUnit.SECONDS);
            }
            return true;
        }
        catch (Exception ex) {
            return false;
        }
    }
}
