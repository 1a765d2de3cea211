package dev.jtauri.webview.jcef;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.jspecify.annotations.Nullable;

/**
 * Runs a script of the bridge in the frames of a live browser that may receive the app's
 * messages ({@link AppOrigins#mayUseIpc}): a frame of another origin, or one framed by a page of
 * another origin, never gets them, even when it is the only frame.
 */
final class AppFrames {

    private AppFrames() {
    }

    /**
     * Run a script in every app frame of a browser; call only while the browser is live.
     * @param browser the browser
     * @param origins the app's origins
     * @param script the script
     */
    static void run(CefBrowser browser, AppOrigins origins, String script) {
        if (browser.getFrameCount() <= 1) {
            runIfApp(browser.getMainFrame(), origins, script);
            return;
        }
        for (String id : browser.getFrameIdentifiers()) {
            runIfApp(browser.getFrameByIdentifier(id), origins, script);
        }
    }

    private static void runIfApp(@Nullable CefFrame frame, AppOrigins origins, String script) {
        if (frame == null) {
            return;
        }
        // Asked for here, so released here.
        try {
            if (origins.mayUseIpc(frame)) {
                frame.executeJavaScript(script, "", 0);
            }
        }
        finally {
            frame.dispose();
        }
    }
}
