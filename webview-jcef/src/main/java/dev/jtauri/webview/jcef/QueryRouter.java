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
 * Receives every {@code cefQuery} on the CEF UI thread. It checks who asks (a frame that
 * {@link AppOrigins#mayUseIpc may use IPC}, in one of the app's windows) and hands the query to
 * its window, without parsing it. {@code jtauri:ping} is answered at once: the cheapest round
 * trip, a baseline for benchmarks. {@code jtauri:ack:<n>} is the page saying it handled the
 * batches of messages up to the n-th ({@link PageOutbox}); {@code jtauri:cancel:<frame>:<id>}, that it
 * aborted a call it sent in a batch (a call alone is aborted with {@code cefQueryCancel}).
 *
 * <p>A query from a browser that is closing, or that CEF is destroying, is not taken: the router
 * returns false and CEF fails it at once. Answered from here, it would be stored first, then
 * cancelled by CEF as it destroys the browser, a path that reads the frames of a browser being
 * freed.
 */
final class QueryRouter extends CefMessageRouterHandlerAdapter {

    /** The request the bridge-less ping baseline sends. */
    static final String PING = "jtauri:ping";

    private static final String ACK = "jtauri:ack:";

    private static final String CANCEL = "jtauri:cancel:";

    private static final Logger logger = LoggerFactory.getLogger(QueryRouter.class);

    private static final String REFUSED = "\"IPC is not available to this page\"";

    private final Function<CefBrowser, @Nullable HostedPage> pages;

    private final AppOrigins origins;

    QueryRouter(Function<CefBrowser, @Nullable HostedPage> pages, AppOrigins origins) {
        this.pages = pages;
        this.origins = origins;
    }

    @Override
    public boolean onQuery(@Nullable CefBrowser browser, @Nullable CefFrame frame, long queryId, String request,
            boolean persistent, CefQueryCallback callback) {
        // JCEF passes no browser or frame for one it is destroying.
        HostedPage page = (browser != null && frame != null) ? this.pages.apply(browser) : null;
        if (page == null || !page.frame().isBrowserLive()) {
            logger.debug("Left query {} to CEF to fail: its browser is unknown, closing or being destroyed", queryId);
            return false;
        }
        if (persistent || !this.origins.mayUseIpc(frame)) {
            logger.debug("Refused a query from {}", frame.getURL());
            callback.failure(403, REFUSED);
            return true;
        }
        if (PING.equals(request)) {
            callback.success("pong");
            return true;
        }
        if (request.startsWith(ACK)) {
            acknowledge(page, request.substring(ACK.length()), callback);
            return true;
        }
        if (request.startsWith(CANCEL)) {
            cancel(page, request.substring(CANCEL.length()), callback);
            return true;
        }
        return page.query(queryId, request, callback);
    }

    /** Only a window of the running app sends batches, and so gets acknowledgements. */
    private static void acknowledge(HostedPage page, String sequence, CefQueryCallback callback) {
        try {
            long acknowledged = Long.parseLong(sequence);
            JcefWindow window = page.appWindow().getNow(null);
            if (window != null) {
                window.outbox().acknowledge(acknowledged);
            }
            callback.success("");
        }
        catch (NumberFormatException ex) {
            callback.failure(400, "\"not a batch number: " + sequence.length() + " characters\"");
        }
    }

    /** {@code <frame>:<id>}: the page aborted a call it sent in a batch. */
    private static void cancel(HostedPage page, String call, CefQueryCallback callback) {
        int colon = call.indexOf(':');
        try {
            page.cancelCall(Long.parseLong(call.substring(0, Math.max(0, colon))), Long.parseLong(call.substring(colon + 1)));
            callback.success("");
        }
        catch (NumberFormatException ex) {
            callback.failure(400, "\"not a call to cancel: " + call.length() + " characters\"");
        }
    }

    @Override
    public void onQueryCanceled(@Nullable CefBrowser browser, @Nullable CefFrame frame, long queryId) {
        logger.debug("CEF cancelled query {}{}", queryId, (browser != null) ? "" : " of a browser being destroyed");
        HostedPage page = (browser != null) ? this.pages.apply(browser) : null;
        if (page != null) {
            page.cancelQuery(queryId);
        }
    }
}
