package dev.jtauri.webview.jcef;

import java.util.function.Function;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefMessageRouterHandlerAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives every {@code cefQuery} on the CEF UI thread. It checks who asks (a frame of the app's
 * origin in one of the app's windows) and hands the query to its window, without parsing it.
 * {@code jtauri:ping} is answered at once: the cheapest round trip, a baseline for benchmarks.
 * {@code jtauri:ack:<n>} is the page saying it handled the batches of messages up to the n-th
 * ({@link PageOutbox}).
 */
final class QueryRouter extends CefMessageRouterHandlerAdapter {

    /** The request the bridge-less ping baseline sends. */
    static final String PING = "jtauri:ping";

    private static final String ACK = "jtauri:ack:";

    private static final Logger logger = LoggerFactory.getLogger(QueryRouter.class);

    private static final String REFUSED = "\"IPC is not available to this page\"";

    private final Function<CefBrowser, @Nullable JcefWindow> windows;

    private final AppOrigins origins;

    QueryRouter(Function<CefBrowser, @Nullable JcefWindow> windows, AppOrigins origins) {
        this.windows = windows;
        this.origins = origins;
    }

    @Override
    public boolean onQuery(CefBrowser browser, CefFrame frame, long queryId, String request, boolean persistent,
            CefQueryCallback callback) {
        JcefWindow window = this.windows.apply(browser);
        if (window == null || persistent || !this.origins.isApp(frame.getURL())) {
            logger.debug("Refused a query from {}", frame.getURL());
            callback.failure(403, REFUSED);
            return true;
        }
        if (PING.equals(request)) {
            callback.success("pong");
            return true;
        }
        if (request.startsWith(ACK)) {
            acknowledge(window, request.substring(ACK.length()), callback);
            return true;
        }
        window.queries().handle(queryId, request, callback);
        return true;
    }

    private static void acknowledge(JcefWindow window, String sequence, CefQueryCallback callback) {
        try {
            window.outbox().acknowledge(Long.parseLong(sequence));
            callback.success("");
        }
        catch (NumberFormatException ex) {
            callback.failure(400, "\"not a batch number: " + sequence.length() + " characters\"");
        }
    }

    @Override
    public void onQueryCanceled(CefBrowser browser, CefFrame frame, long queryId) {
        JcefWindow window = this.windows.apply(browser);
        if (window != null) {
            window.queries().cancel(queryId);
        }
    }
}
