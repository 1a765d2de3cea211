package dev.jtauri.webview.jcef;

import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import dev.jtauri.AppHandle;
import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One window: a Swing frame holding a CEF browser, and the page in it as the runtime sees it.
 *
 * <p>Java reaches the page with {@code executeJavaScript}, which queues the script and returns,
 * from any thread. Each pending {@code cefQuery} is answered exactly once: when its invoke
 * completes, unless CEF cancelled it first (the page went away), in which case the late result
 * is dropped.
 */
final class JcefWindow implements WebviewWindow, PageConnection {

    private static final Logger logger = LoggerFactory.getLogger(JcefWindow.class);

    private final WindowOptions options;

    private final String title;

    private final String token;

    private final TauriRuntime runtime;

    private final SingleUseTokens<byte[]> tickets;

    private final CefBrowser browser;

    private final Map<Long, CefQueryCallback> pendingQueries = new ConcurrentHashMap<>();

    private final AtomicBoolean closing = new AtomicBoolean();

    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private final JcefOptions hostOptions;

    private volatile @Nullable JFrame frame;

    private final AppOrigins origins;

    // The bridge's receiver in a document, guarded: nothing happens in a document without it.
    private final String receiver;

    JcefWindow(WindowOptions options, JcefOptions hostOptions, String token, TauriRuntime runtime,
            SingleUseTokens<byte[]> tickets,
            AppOrigins origins, java.util.function.Function<String, CefBrowser> browserFactory) {
        this.options = options;
        this.origins = origins;
        this.receiver = "window.__JTAURI_" + token + "&&window.__JTAURI_" + token;
        this.hostOptions = hostOptions;
        this.title = (options.title() != null) ? options.title() : hostOptions.defaultTitle();
        this.token = token;
        this.runtime = runtime;
        this.tickets = tickets;
        this.browser = browserFactory.apply(hostOptions.resolve(options.url()));
    }

    /** Show the window; on the EDT, without waiting. */
    void show() {
        SwingUtilities.invokeLater(() -> {
            JFrame window = new JFrame(this.title);
            window.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            window.getContentPane().add(this.browser.getUIComponent(), BorderLayout.CENTER);
            window.setSize(this.options.width(), this.options.height());
            window.setLocationByPlatform(true);
            window.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosing(WindowEvent event) {
                    close();
                }
            });
            this.frame = window;
            window.setVisible(true);
        });
    }

    CefBrowser browser() {
        return this.browser;
    }

    String token() {
        return this.token;
    }

    TauriRuntime runtime() {
        return this.runtime;
    }

    JsonMapper mapper() {
        return this.runtime.jsonMapper();
    }

    CompletableFuture<Void> closed() {
        return this.closed;
    }

    // ---- cefQuery

    /** An invoke from the page; called on the CEF UI thread, so it only hands off. */
    void handleQuery(long queryId, String request, CefQueryCallback callback) {
        this.pendingQueries.put(queryId, callback);
        this.runtime.invoker()
            .decodeAndInvoke(() -> InvokeCodec.decode(request, this.token, this, mapper()))
            .thenAccept((response) -> answer(queryId, response));
    }

    /** CEF cancelled a query: its page unloaded or navigated. */
    void cancelQuery(long queryId) {
        this.pendingQueries.remove(queryId);
    }

    private void answer(long queryId, InvokeResponse response) {
        CefQueryCallback callback = this.pendingQueries.remove(queryId);
        if (callback == null) {
            logger.debug("Dropped the answer to query {} of window '{}': its page went away", queryId, label());
            return;
        }
        if (response instanceof InvokeResponse.Ok ok) {
            callback.success(InvokeCodec.encodeResult(ok.body(), this.tickets));
        }
        else {
            callback.failure(1, ((InvokeResponse.Err) response).json());
        }
    }

    /** The main frame started loading a page: the old page's listeners are gone with it. */
    void pageLoading() {
        this.runtime.events().removePage(label());
    }

    /** CEF destroyed the browser. */
    void browserClosed() {
        this.pendingQueries.clear();
        this.runtime.disconnect(this);
        SwingUtilities.invokeLater(() -> {
            JFrame window = this.frame;
            if (window != null) {
                window.dispose();
            }
        });
        this.closed.complete(null);
    }

    // ---- WebviewWindow

    @Override
    public String label() {
        return this.options.label();
    }

    @Override
    public AppHandle appHandle() {
        return this.runtime.appHandle();
    }

    @Override
    public void eval(String script) {
        this.browser.executeJavaScript(script, "", 0);
    }

    @Override
    public void navigate(String url) {
        this.browser.loadURL(this.hostOptions.resolve(url));
    }

    @Override
    public void close() {
        if (this.closing.compareAndSet(false, true)) {
            this.browser.setCloseAllowed();
            this.browser.close(true);
        }
    }

    // ---- PageConnection

    @Override
    public @Nullable WebviewWindow window() {
        return this;
    }

    @Override
    public boolean isOpen() {
        return !this.closed.isDone();
    }

    @Override
    public void deliverEvent(String event, String payloadJson, List<PageListener> listeners) {
        StringBuilder script = new StringBuilder(payloadJson.length() + 96)
            // Event names are alphanumerics and -/:_ (validated), so quoting needs no escaping.
            .append(this.receiver).append(".event(\"").append(event).append("\",").append(payloadJson).append(",[");
        for (int i = 0; i < listeners.size(); i++) {
            PageListener listener = listeners.get(i);
            script.append((i > 0) ? ",[" : "[").append(listener.eventId()).append(',').append(listener.handlerId())
                .append(']');
        }
        toPage(script.append("])").toString());
    }

    @Override
    public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
        InvokeCodec.Encoded encoded = InvokeCodec.encode(message, this.tickets);
        StringBuilder script = new StringBuilder(this.receiver).append(".channel(")
            .append(channelId).append(',').append(index).append(",'").append(encoded.kind()).append("',");
        if (encoded.kind() == 'j') {
            script.append(encoded.payload());
        }
        else {
            script.append('\'').append(encoded.payload()).append('\'');
        }
        toPage(script.append(')').toString());
    }

    @Override
    public void closeChannel(long channelId, long index) {
        toPage(this.receiver + ".channelEnd(" + channelId + "," + index + ")");
    }

    /**
     * Run a script of the bridge in every frame of the app's origin: a listener or channel lives
     * in the frame that registered it, and the others ignore ids they do not know.
     */
    private void toPage(String script) {
        if (this.browser.getFrameCount() <= 1) {
            eval(script);
            return;
        }
        for (String id : this.browser.getFrameIdentifiers()) {
            CefFrame frame = this.browser.getFrameByIdentifier(id);
            if (frame != null && this.origins.isApp(frame.getURL())) {
                frame.executeJavaScript(script, "", 0);
            }
        }
    }

    @Override
    public String toString() {
        return "WebviewWindow[" + label() + "]";
    }
}
