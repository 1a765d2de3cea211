package dev.jtauri.webview.jcef;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.jtauri.AppHandle;
import dev.jtauri.WebviewWindow;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.dpi.Position;
import dev.jtauri.dpi.Size;
import dev.jtauri.image.Image;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.Monitor;
import dev.jtauri.window.NotSupportedException;
import dev.jtauri.window.Theme;
import dev.jtauri.window.UserAttentionType;
import dev.jtauri.window.WindowEvent;
import dev.jtauri.window.WindowEvents;
import org.cef.browser.CefBrowser;
import org.cef.callback.CefQueryCallback;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One window as the runtime sees it: a {@link WebviewWindow} to Java code, and a
 * {@link PageConnection} that the page's invokes come from and events and channel messages go to.
 * Its frame and browser live in a {@link BrowserFrame}; its pending invokes in {@link PageQueries}.
 *
 * <p>Java reaches the page with {@code executeJavaScript}, which queues the script and returns,
 * from any thread; events and channel messages go in order through a {@link PageOutbox}, which
 * batches them.
 */
final class JcefWindow implements WebviewWindow, PageConnection, HostedPage {

    private final WindowOptions options;

    private final String token;

    private final TauriRuntime runtime;

    // The window's large bytes on their way to its page.
    private final ByteTickets tickets = new ByteTickets();

    private final JcefOptions hostOptions;

    private final AppOrigins origins;

    private final BrowserFrame frame;

    private final PageQueries queries;

    private final WindowEvents events;

    private final PageOutbox outbox;

    // Guarded by "this": a close request is being decided.
    private boolean closeRequested;

    // The theme the app asked for, applied to the page once CEF has created the browser.
    private volatile @Nullable Theme requestedTheme;

    private volatile boolean cursorHidden;

    private final AtomicBoolean dragging = new AtomicBoolean();

    // Replaced as the main frame starts to load another document.
    private volatile PageDocument document = new PageDocument(this);

    // The bridge's receiver in a document, guarded: nothing happens in a document without it.
    private final String receiver;

    JcefWindow(WindowOptions options, JcefOptions hostOptions, String token, TauriRuntime runtime,
            AppOrigins origins, Function<String, CefBrowser> browserFactory, Executor io) {
        this(options, hostOptions, token, runtime, origins, io, (window) -> new BrowserFrame(
                browserFactory.apply(hostOptions.resolve(options.url())), options, title(options, hostOptions),
                window::closeButton, window::prepareFrame));
        // CEF loads it once the frame shows: the app's choice, whatever the navigation policy.
        this.frame.loads().expect(hostOptions.resolve(options.url()));
    }

    private JcefWindow(WindowOptions options, JcefOptions hostOptions, String token, TauriRuntime runtime,
            AppOrigins origins, Executor io, Function<JcefWindow, BrowserFrame> frame) {
        this.options = options;
        this.origins = origins;
        this.receiver = origins.guard("window.__JTAURI_" + token);
        this.hostOptions = hostOptions;
        this.token = token;
        this.runtime = runtime;
        this.events = new WindowEvents(options.label(), runtime.events());
        this.outbox = new PageOutbox(this.receiver, this::toPage, io, this.tickets,
                PageOutbox.Limits.DEFAULT.withSendTimeout(hostOptions.channelSendTimeout()));
        this.queries = new PageQueries(runtime.invoker(),
                (request, page) -> InvokeCodec.decode(request, token, page, runtime.pageJson()),
                (ok) -> InvokeCodec.encode(ok.body(), this.tickets), handoff(runtime, io), io, this.outbox::postAlways,
                this::whileBrowserLive);
        this.frame = frame.apply(this);
        this.frame.beforeBrowserCloses(this.queries::close);
    }

    /**
     * The window of the running app for a window opened early: it takes over the early window's
     * frame, whose page is already loading or loaded. The early window hands it its held invokes
     * once the host has connected it ({@link EarlyWindow#adopted}).
     */
    static JcefWindow adopt(EarlyWindow early, JcefOptions hostOptions, TauriRuntime runtime, AppOrigins origins,
            Executor io) {
        JcefWindow window = new JcefWindow(early.options(), hostOptions, early.token(), runtime, origins, io,
                (adopting) -> early.frame());
        early.frame().adopt(window::closeButton, window::prepareFrame);
        return window;
    }

    static String title(WindowOptions options, JcefOptions hostOptions) {
        return (options.title() != null) ? options.title() : hostOptions.defaultTitle();
    }

    /** Run an answer only while the browser is live, holding its close off meanwhile. */
    private boolean whileBrowserLive(Runnable answer) {
        return this.frame.whileLive((browser) -> answer.run());
    }

    /** Before the frame first shows, or once it is adopted: on the EDT. */
    private void prepareFrame(SwingWindow window) {
        this.runtime.appHandle().defaultWindowIcon().ifPresent(window::setIcon);
        FrameEvents.install(window, this.events);
        FileDrops.install(window.frame().getContentPane(), window, this.events);
    }

    /**
     * Where a page's invokes start: on CEF's thread itself when the portal never runs or holds
     * its caller (a thread hop less per invoke), else on jtauri's own threads.
     */
    static Executor handoff(TauriRuntime runtime, Executor threads) {
        return runtime.invoker().handsOff() ? Runnable::run : threads;
    }

    /** Open the window: its frame shows on the EDT; this does not wait. */
    void open() {
        this.frame.show();
    }

    @Override
    public BrowserFrame frame() {
        return this.frame;
    }

    CefBrowser browser() {
        return this.frame.browser();
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

    @Override
    public CompletableFuture<JcefWindow> appWindow() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public boolean query(long queryId, String request, CefQueryCallback callback) {
        // The document is read as the query arrives, on CEF's UI thread, where the page's loads
        // are reported too: the calls of a document that is replaced later are that document's.
        return this.queries.handle(queryId, request, this.document, callback);
    }

    @Override
    public void cancelQuery(long queryId) {
        this.queries.cancel(queryId);
    }

    @Override
    public void cancelCall(long frame, long id) {
        this.queries.cancel(frame, id);
    }

    PageOutbox outbox() {
        return this.outbox;
    }

    /** The window's large bytes on their way to its page. */
    ByteTickets tickets() {
        return this.tickets;
    }

    /**
     * What the window holds for its page right now: what a page that went away must leave
     * behind none of.
     */
    WindowLoad load() {
        return new WindowLoad(this.queries.pendingCount(), this.queries.runningCount(), this.tickets.size(),
                this.tickets.outstandingBytes(), this.outbox.queuedChars());
    }

    /**
     * What a window holds for its page.
     * @param pendingQueries queries waiting for their answer
     * @param runningCalls calls whose work is in flight
     * @param tickets large bytes waiting to be fetched, as tickets
     * @param ticketBytes and as bytes
     * @param queuedChars characters of messages waiting to be sent
     */
    record WindowLoad(int pendingQueries, int runningCalls, int tickets, long ticketBytes, long queuedChars) {
    }

    /** The main frame started loading a page: the old page's listeners are gone with it. */
    void pageLoading() {
        // First: a listener that one of the old document's calls registers from now on is dropped.
        this.document = new PageDocument(this);
        this.queries.cancelAll();
        this.outbox.pageChanged();
        this.runtime.events().removePage(label());
    }

    /**
     * The document the window shows: the caller of the invokes it sends.
     * @return the document, replaced as the main frame starts to load another
     */
    PageDocument document() {
        return this.document;
    }

    /** The main frame loaded a page: what the window keeps in its page is put back. */
    void pageLoaded() {
        if (this.cursorHidden) {
            // On CEF's thread, which the page's load reported: nothing here may throw.
            this.frame.whileLive((browser) -> browser.executeJavaScript(this.receiver + ".cursorHidden(true)", "", 0));
        }
    }

    /** CEF created the browser: what needs it is applied. */
    void browserCreated() {
        this.frame.created();
        Theme asked = (this.requestedTheme != null) ? this.requestedTheme : this.options.theme();
        if (asked != null) {
            setTheme(asked);
        }
    }

    /** CEF destroyed the browser. */
    void browserClosed() {
        this.queries.clear();
        this.outbox.close();
        this.frame.browserClosed();
        this.events.fire(new WindowEvent.Destroyed());
    }

    /** The frame's close button: a close request, unless the window was made not closable. */
    private void closeButton() {
        if (isOpen() && this.frame.window("close").isClosable()) {
            close();
        }
    }

    // ---- WebviewWindow: the webview

    @Override
    public String label() {
        return this.options.label();
    }

    @Override
    public String token() {
        return this.token;
    }

    @Override
    public AppHandle appHandle() {
        return this.runtime.appHandle();
    }

    @Override
    public void eval(String script) {
        this.frame.call("eval", (browser) -> browser.executeJavaScript(script, "", 0));
    }

    @Override
    public void navigate(String url) {
        String resolved = this.hostOptions.resolve(url);
        this.frame.call("navigate", (browser) -> {
            this.frame.loads().expect(resolved);
            browser.loadURL(resolved);
        });
    }

    /** Before CEF has created the browser, the URL it is to load. */
    @Override
    public String url() {
        return this.frame.read("url", CefBrowser::getURL, () -> this.hostOptions.resolve(this.options.url()));
    }

    @Override
    public void reload() {
        this.frame.call("reload", CefBrowser::reload);
    }

    /** Tauri's zoom is a scale factor; Chromium's zoom level is its logarithm to base 1.2. */
    @Override
    public void setZoom(double scaleFactor) {
        if (!(scaleFactor > 0) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("A zoom factor must be positive, was " + scaleFactor);
        }
        double level = Math.log(scaleFactor) / Math.log(1.2);
        this.frame.call("setZoom", (browser) -> browser.setZoomLevel(level));
    }

    @Override
    public void print() {
        this.frame.call("print", CefBrowser::print);
    }

    @Override
    public void clearAllBrowsingData() {
        List<DevTools.Call> calls = new ArrayList<>();
        calls.add(new DevTools.Call("Network.clearBrowserCookies", null));
        calls.add(new DevTools.Call("Network.clearBrowserCache", null));
        // The profile holds storage for the app's origins only: the pages that get IPC.
        for (String origin : this.origins.all()) {
            calls.add(new DevTools.Call("Storage.clearDataForOrigin",
                    "{\"origin\":" + mapper().writeValueAsString(origin) + ",\"storageTypes\":\"all\"}"));
        }
        DevTools.callInOrder((call) -> DevTools.sendThrough(this.frame, "clearAllBrowsingData", call), calls);
    }

    /** Tauri opens DevTools only in builds that have them: here, when tauri.webview.devtools is on. */
    @Override
    public void toggleDevtools() {
        if (this.hostOptions.devtools()) {
            this.frame.toggleDevTools();
        }
    }

    // ---- life

    /**
     * Ask to close: the page and the Java handlers hear it, and the window is destroyed unless
     * one of them holds it. A second request while one is being decided is the same request.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (this.closeRequested || !isOpen()) {
                return;
            }
            this.closeRequested = true;
        }
        this.events.requestClose().whenComplete((mayClose, failure) -> {
            synchronized (this) {
                this.closeRequested = false;
            }
            if (failure != null || Boolean.TRUE.equals(mayClose)) {
                destroy();
            }
        });
    }

    @Override
    public void destroy() {
        this.frame.close();
    }

    @Override
    public void onWindowEvent(Consumer<WindowEvent> handler) {
        this.events.add(handler);
    }

    // ---- getters

    @Override
    public String title() {
        return read("title", (window) -> window.frame().getTitle());
    }

    @Override
    public double scaleFactor() {
        return read("scaleFactor", SwingWindow::scaleFactor);
    }

    @Override
    public PhysicalSize innerSize() {
        return read("innerSize", SwingWindow::innerSize);
    }

    @Override
    public PhysicalSize outerSize() {
        return read("outerSize", SwingWindow::outerSize);
    }

    @Override
    public PhysicalPosition innerPosition() {
        return read("innerPosition", SwingWindow::innerPosition);
    }

    @Override
    public PhysicalPosition outerPosition() {
        return read("outerPosition", SwingWindow::outerPosition);
    }

    @Override
    public boolean isMaximized() {
        return read("isMaximized", SwingWindow::isMaximized);
    }

    @Override
    public boolean isMinimized() {
        return read("isMinimized", SwingWindow::isMinimized);
    }

    @Override
    public boolean isFullscreen() {
        return read("isFullscreen", SwingWindow::isFullscreen);
    }

    @Override
    public boolean isFocused() {
        return read("isFocused", SwingWindow::isFocused);
    }

    @Override
    public boolean isDecorated() {
        return read("isDecorated", (window) -> !window.frame().isUndecorated());
    }

    @Override
    public boolean isResizable() {
        return read("isResizable", (window) -> window.frame().isResizable());
    }

    /** Swing offers no way to take the maximize button away: it is always there. */
    @Override
    public boolean isMaximizable() {
        return true;
    }

    /** Swing offers no way to take the minimize button away: it is always there. */
    @Override
    public boolean isMinimizable() {
        return true;
    }

    @Override
    public boolean isClosable() {
        return read("isClosable", SwingWindow::isClosable);
    }

    @Override
    public boolean isVisible() {
        return read("isVisible", (window) -> window.frame().isVisible());
    }

    @Override
    public boolean isEnabled() {
        return read("isEnabled", (window) -> window.frame().isEnabled());
    }

    @Override
    public boolean isAlwaysOnTop() {
        return read("isAlwaysOnTop", (window) -> window.frame().isAlwaysOnTop());
    }

    /** The theme the app set, else the system's, as Tauri answers. */
    @Override
    public Theme theme() {
        Theme requested = this.requestedTheme;
        return (requested != null) ? requested : SystemTheme.current().latest();
    }

    @Override
    public Optional<Monitor> currentMonitor() {
        return read("currentMonitor", (window) -> Optional.of(Monitors.of(window.frame().getGraphicsConfiguration()
            .getDevice())));
    }

    @Override
    public Optional<Monitor> primaryMonitor() {
        return read("primaryMonitor", (window) -> Monitors.primary());
    }

    @Override
    public Optional<Monitor> monitorFromPoint(double x, double y) {
        return read("monitorFromPoint", (window) -> Monitors.at(x, y));
    }

    @Override
    public List<Monitor> availableMonitors() {
        return read("availableMonitors", (window) -> Monitors.all());
    }

    @Override
    public PhysicalPosition cursorPosition() {
        return read("cursorPosition", SwingWindow::cursorPosition);
    }

    // ---- actions

    @Override
    public void center() {
        change("center", SwingWindow::center);
    }

    @Override
    public void maximize() {
        change("maximize", (window) -> window.setMaximized(true));
    }

    @Override
    public void unmaximize() {
        change("unmaximize", (window) -> window.setMaximized(false));
    }

    @Override
    public void toggleMaximize() {
        change("toggleMaximize", (window) -> window.setMaximized(!window.isMaximized()));
    }

    @Override
    public void minimize() {
        change("minimize", (window) -> window.setMinimized(true));
    }

    @Override
    public void unminimize() {
        change("unminimize", (window) -> window.setMinimized(false));
    }

    @Override
    public void show() {
        change("show", (window) -> window.frame().setVisible(true));
    }

    @Override
    public void hide() {
        change("hide", (window) -> window.frame().setVisible(false));
    }

    @Override
    public void setFocus() {
        change("setFocus", SwingWindow::setFocus);
    }

    @Override
    public void requestUserAttention(@Nullable UserAttentionType type) {
        change("requestUserAttention", (window) -> window.requestUserAttention(type));
    }

    @Override
    public void startDragging() {
        DragStart start = read("startDragging",
                (window) -> new DragStart(window, window.frame().getLocation(), window.scaleFactor()));
        WindowDrag.start(start.window(), start.origin(), start.scale(), this.dragging);
    }

    /** Where a drag starts from, read on the EDT. */
    private record DragStart(SwingWindow window, Point origin, double scale) {
    }

    // ---- setters

    @Override
    public void setTitle(String title) {
        Objects.requireNonNull(title, "title");
        change("setTitle", (window) -> window.frame().setTitle(title));
    }

    @Override
    public void setSize(Size size) {
        Objects.requireNonNull(size, "size");
        change("setSize", (window) -> window.setInnerSize(size));
    }

    @Override
    public void setMinSize(@Nullable Size size) {
        change("setMinSize", (window) -> window.setMinInnerSize(size));
    }

    @Override
    public void setMaxSize(@Nullable Size size) {
        change("setMaxSize", (window) -> window.setMaxInnerSize(size));
    }

    @Override
    public void setPosition(Position position) {
        Objects.requireNonNull(position, "position");
        change("setPosition", (window) -> window.setOuterPosition(position));
    }

    @Override
    public void setFullscreen(boolean fullscreen) {
        change("setFullscreen", (window) -> window.setFullscreen(fullscreen));
    }

    @Override
    public void setResizable(boolean resizable) {
        change("setResizable", (window) -> window.setResizable(resizable));
    }

    @Override
    public void setDecorations(boolean decorations) {
        change("setDecorations", (window) -> window.setDecorations(decorations));
    }

    @Override
    public void setAlwaysOnTop(boolean alwaysOnTop) {
        change("setAlwaysOnTop", (window) -> window.frame().setAlwaysOnTop(alwaysOnTop));
    }

    @Override
    public void setMaximizable(boolean maximizable) {
        throw new NotSupportedException("setMaximizable");
    }

    @Override
    public void setMinimizable(boolean minimizable) {
        throw new NotSupportedException("setMinimizable");
    }

    @Override
    public void setClosable(boolean closable) {
        change("setClosable", (window) -> window.setClosable(closable));
    }

    @Override
    public void setEnabled(boolean enabled) {
        change("setEnabled", (window) -> window.frame().setEnabled(enabled));
    }

    @Override
    public void setIcon(Image icon) {
        Objects.requireNonNull(icon, "icon");
        change("setIcon", (window) -> window.setIcon(icon));
    }

    /**
     * Chromium sets the pointer over its own view, so the page's style hides it: a rule the
     * bridge keeps in the document, and puts back after a navigation.
     */
    @Override
    public void setCursorVisible(boolean visible) {
        this.cursorHidden = !visible;
        eval(this.receiver + ".cursorHidden(" + !visible + ")");
    }

    /**
     * The page follows the theme through {@code prefers-color-scheme}, as it would the system's;
     * {@code null} gives the page the system's again. Asked before CEF has created the browser, it
     * is applied once it has; a window that is closing keeps the theme it had. Listeners hear the
     * window's theme change, the system's counting when none is set.
     */
    @Override
    public void setTheme(@Nullable Theme theme) {
        Theme before = theme();
        this.requestedTheme = theme;
        String features = (theme != null)
                ? "[{\"name\":\"prefers-color-scheme\",\"value\":\"" + theme.wireName() + "\"}]" : "[]";
        this.frame.whileLive((browser) -> DevTools.call(browser, "Emulation.setEmulatedMedia",
                "{\"features\":" + features + "}"));
        Theme after = theme();
        if (before != after) {
            this.events.fire(new WindowEvent.ThemeChanged(after));
        }
    }

    /** Read the frame's state on the EDT. */
    private <T> T read(String what, Function<SwingWindow, T> operation) {
        return Edt.call(what, () -> operation.apply(this.frame.window(what)));
    }

    /** Change the frame on the EDT, and return once it is done. */
    private void change(String what, Consumer<SwingWindow> operation) {
        Edt.run(what, () -> operation.accept(this.frame.window(what)));
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
        StringBuilder message = new StringBuilder(payloadJson.length() + 64)
            // Event names are alphanumerics and -/:_ (validated), so quoting needs no escaping.
            .append("[\"e\",\"").append(event).append("\",").append(payloadJson).append(",[");
        for (int i = 0; i < listeners.size(); i++) {
            PageListener listener = listeners.get(i);
            message.append((i > 0) ? ",[" : "[").append(listener.eventId()).append(',').append(listener.handlerId())
                .append(']');
        }
        this.outbox.postEvent(message.append("]]").toString());
    }

    /** Waits while the window's budget is full; its large bytes count until the page has them. */
    @Override
    public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
        deliverChannelMessage(this.document, channelId, index, message);
    }

    /**
     * A channel message for a document of the window's: dropped if the document is gone by the
     * time there is room for it, before its bytes are put in a ticket no page would fetch.
     */
    void deliverChannelMessage(PageDocument document, long channelId, long index, InvokeBody message) {
        this.outbox.postWaiting(InvokeCodec.weight(message), () -> {
            if (document != this.document) {
                return null;
            }
            InvokeCodec.Encoded encoded = InvokeCodec.encode(message, this.tickets);
            StringBuilder script = new StringBuilder(encoded.payload().length() + 48).append("[\"c\",")
                .append(channelId).append(',').append(index).append(',');
            return new PageOutbox.Outgoing(encoded.appendTo(script).append(']').toString(), encoded.ticketBytes());
        }, "Channel " + channelId + "'s message " + index);
    }

    @Override
    public void closeChannel(long channelId, long index) {
        this.outbox.postAlways(new PageOutbox.Outgoing("[\"x\"," + channelId + "," + index + "]", 0));
    }

    /**
     * Run a script of the bridge in every frame that may receive the app's messages: a listener
     * or channel lives in the frame that registered it, and the others ignore ids they do not
     * know.
     * @return false when the browser is not live (closing): the script reached no page
     */
    private boolean toPage(String script) {
        // Only while the browser is live, and with its close held off meanwhile: not created yet,
        // there is no page to reach; closing, CEF frees its native objects on its own thread, and
        // a call racing that aborts the process.
        return this.frame.whileLive((browser) -> AppFrames.run(browser, this.origins, script));
    }

    @Override
    public String toString() {
        return "WebviewWindow[" + label() + "]";
    }
}
