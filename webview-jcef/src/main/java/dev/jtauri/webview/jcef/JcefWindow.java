package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

import dev.jtauri.AppHandle;
import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One window as the runtime sees it: a {@link WebviewWindow} to Java code, and a
 * {@link PageConnection} that the page's invokes come from and events and channel messages go to.
 * Its frame and browser live in a {@link BrowserFrame}; its pending invokes in {@link PageQueries}.
 *
 * <p>Java reaches the page with {@code executeJavaScript}, which queues the script and returns,
 * from any thread.
 */
final class JcefWindow implements WebviewWindow, PageConnection {

    private final WindowOptions options;

    private final String token;

    private final TauriRuntime runtime;

    private final SingleUseTokens<byte[]> tickets;

    private final JcefOptions hostOptions;

    private final AppOrigins origins;

    private final BrowserFrame frame;

    private final PageQueries queries;

    // The bridge's receiver in a document, guarded: nothing happens in a document without it.
    private final String receiver;

    JcefWindow(WindowOptions options, JcefOptions hostOptions, String token, TauriRuntime runtime,
            SingleUseTokens<byte[]> tickets, AppOrigins origins, Function<String, CefBrowser> browserFactory,
            Executor handoff) {
        this.options = options;
        this.origins = origins;
        this.receiver = "window.__JTAURI_" + token + "&&window.__JTAURI_" + token;
        this.hostOptions = hostOptions;
        this.token = token;
        this.runtime = runtime;
        this.tickets = tickets;
        String title = (options.title() != null) ? options.title() : hostOptions.defaultTitle();
        this.frame = new BrowserFrame(browserFactory.apply(hostOptions.resolve(options.url())), title, options.width(),
                options.height(), this::close);
        this.queries = new PageQueries(runtime.invoker(), (request) -> InvokeCodec.decode(request, token, this, mapper()),
                (ok) -> InvokeCodec.encodeResult(ok.body(), tickets), handoff);
    }

    /** Show the window; on the EDT, without waiting. */
    void show() {
        this.frame.show();
    }

    CefBrowser browser() {
        return this.frame.browser();
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
        return this.frame.closed();
    }

    PageQueries queries() {
        return this.queries;
    }

    /** The main frame started loading a page: the old page's listeners are gone with it. */
    void pageLoading() {
        this.runtime.events().removePage(label());
    }

    /** CEF created the browser. */
    void browserCreated() {
        this.frame.created();
    }

    /** The app ends without this window having closed in time. */
    void abandon() {
        this.frame.abandon();
    }

    /** CEF destroyed the browser. */
    void browserClosed() {
        this.queries.clear();
        this.frame.browserClosed();
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
        browser().executeJavaScript(script, "", 0);
    }

    @Override
    public void navigate(String url) {
        browser().loadURL(this.hostOptions.resolve(url));
    }

    @Override
    public void close() {
        this.frame.close();
    }

    // ---- PageConnection

    @Override
    public @Nullable WebviewWindow window() {
        return this;
    }

    @Override
    public boolean isOpen() {
        return !closed().isDone();
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
        CefBrowser browser = browser();
        if (browser.getFrameCount() <= 1) {
            eval(script);
            return;
        }
        for (String id : browser.getFrameIdentifiers()) {
            CefFrame documentFrame = browser.getFrameByIdentifier(id);
            if (documentFrame != null && this.origins.isApp(documentFrame.getURL())) {
                documentFrame.executeJavaScript(script, "", 0);
            }
        }
    }

    @Override
    public String toString() {
        return "WebviewWindow[" + label() + "]";
    }
}
