package dev.jtauri.webview.jcef;

import java.util.concurrent.CompletableFuture;

import org.cef.callback.CefQueryCallback;

/**
 * A browser of the host as the page's requests see it: a window of the running app, or one
 * opened early, before the app's runtime existed ({@link EarlyWindow}), whose invokes wait for it.
 */
interface HostedPage {

    /** The window's label, for the bridge. */
    String label();

    /** The window's IPC token, for the bridge and to check the page's requests. */
    String token();

    /** The window's frame, and the gate to its browser. */
    BrowserFrame frame();

    /**
     * The window of the running app: done at once for a window of the running app, and once the
     * runtime adopted it for an early one. Never completes for an early window closed first.
     */
    CompletableFuture<JcefWindow> appWindow();

    /**
     * A {@code cefQuery} invoke from the page: answered once the window can run it.
     * @return false when the window is closing and does not take it: CEF then fails it at once,
     * rather than keep it to cancel as it destroys the browser
     */
    boolean query(long queryId, String request, CefQueryCallback callback);

    /** CEF cancelled a query: the page aborted it, or went away. */
    void cancelQuery(long queryId);

    /**
     * The page aborted a call it sent in a batch.
     * @param frame the frame key of the batch's document
     * @param id the call's id in its batch
     */
    void cancelCall(long frame, long id);
}
