package dev.jtauri.webview.jcef;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.callback.CefQueryCallback;

/**
 * A window opened as soon as CEF was ready, before the app's runtime existed: its frame shows and
 * its page loads while the Spring context is still starting. The page's invokes wait here, in
 * order, until the runtime adopts the window ({@link JcefWindow#adopt}); none is lost or failed
 * because it came early. A window closed before that is gone for good.
 */
final class EarlyWindow implements HostedPage {

    private final WindowOptions options;

    private final String token;

    private final BrowserFrame frame;

    private final CompletableFuture<JcefWindow> adopted = new CompletableFuture<>();

    // Guarded by "this": queries in arrival order, until the window is adopted.
    private final Map<Long, HeldQuery> held = new LinkedHashMap<>();

    // Guarded by "this": the browser is about to close, so queries are answered at once.
    private boolean closing;

    /**
     * @param browser the browser, which loads the window's page once its frame shows
     * @param title the frame's title
     */
    EarlyWindow(WindowOptions options, String token, CefBrowser browser, String title) {
        this.options = options;
        this.token = token;
        // Nothing can hold a close before the runtime exists: the close button closes.
        this.frame = new BrowserFrame(browser, options, title, this::closeButton, (window) -> { });
        this.frame.beforeBrowserCloses(this::answerHeldQueries);
    }

    /**
     * The browser is about to close before the runtime took the window over: the queries it holds
     * are answered now, so that none is left for CEF to cancel as it destroys the browser.
     */
    private synchronized void answerHeldQueries() {
        this.closing = true;
        this.held.values().forEach((query) -> query.callback().failure(1, PageQueries.WINDOW_CLOSED));
        this.held.clear();
    }

    private void closeButton() {
        this.frame.close();
    }

    WindowOptions options() {
        return this.options;
    }

    @Override
    public BrowserFrame frame() {
        return this.frame;
    }

    @Override
    public String label() {
        return this.options.label();
    }

    @Override
    public String token() {
        return this.token;
    }

    @Override
    public CompletableFuture<JcefWindow> appWindow() {
        return this.adopted;
    }

    @Override
    public boolean query(long queryId, String request, CefQueryCallback callback) {
        JcefWindow window;
        synchronized (this) {
            window = this.adopted.getNow(null);
            if (window == null && this.closing) {
                return false;
            }
            if (window == null) {
                this.held.put(queryId, new HeldQuery(request, callback));
                return true;
            }
        }
        return window.query(queryId, request, callback);
    }

    @Override
    public synchronized void cancelQuery(long queryId) {
        if (this.held.remove(queryId) == null) {
            JcefWindow window = this.adopted.getNow(null);
            if (window != null) {
                window.cancelQuery(queryId);
            }
        }
    }

    /** A call of a batch held here goes with its batch: only the adopting window can call it off. */
    @Override
    public void cancelCall(long frame, long id) {
        JcefWindow window = this.adopted.getNow(null);
        if (window != null) {
            window.cancelCall(frame, id);
        }
    }

    /**
     * The runtime took the window over: the queries held so far go to it first, in order, and
     * later ones straight after them.
     */
    void adopted(JcefWindow window) {
        synchronized (this) {
            // Taken already: one the window no longer takes (it is closing) is answered here.
            this.held.forEach((queryId, query) -> {
                if (!window.query(queryId, query.request(), query.callback())) {
                    query.callback().failure(1, PageQueries.WINDOW_CLOSED);
                }
            });
            this.held.clear();
            this.adopted.complete(window);
        }
    }

    private record HeldQuery(String request, CefQueryCallback callback) {
    }
}
