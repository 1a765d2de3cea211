package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.swing.SwingUtilities;

import dev.jtauri.async.TauriExecutors;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.ExternalUrlOpener;
import dev.jtauri.webview.SystemBrowser;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.WindowEvent;
import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.browser.CefMessageRouter;
import org.cef.handler.CefDisplayHandlerAdapter;
import org.cef.handler.CefKeyboardHandler;
import org.cef.handler.CefKeyboardHandlerAdapter;
import org.cef.handler.CefLifeSpanHandlerAdapter;
import org.cef.handler.CefLoadHandlerAdapter;
import org.cef.handler.CefRequestHandlerAdapter;
import org.cef.handler.CefResourceHandler;
import org.cef.handler.CefResourceRequestHandler;
import org.cef.handler.CefResourceRequestHandlerAdapter;
import org.cef.misc.BoolRef;
import org.cef.network.CefRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shows the app in JCEF windows. {@link #open} creates the windows and returns;
 * {@link #awaitExit()} returns when the app has ended: after {@code AppHandle.exit(code)}, after
 * the last window closed (code 0), or after {@link #close()}. Ending closes every window, then
 * disposes CEF once and waits for it to terminate, so no Chromium process outlives the app.
 *
 * <p>CEF's callbacks here only hand work off: invokes go to jtauri's own threads and from there
 * to the portal, requests to an I/O executor, and no user code runs on a CEF or AWT thread. No
 * method waits on the EDT or on CEF's UI thread, which CEF's shutdown needs.
 */
public final class JcefWebviewHost implements WebviewHost {

    private static final Logger logger = LoggerFactory.getLogger(JcefWebviewHost.class);

    private static final Logger console = LoggerFactory.getLogger("dev.jtauri.webview.console");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final int F12 = 123;

    /**
     * Tests only: runs on CEF's UI thread right after a window's browser was reported closed,
     * before JCEF's own cleanup of it, to hold that thread where a dispose must not overtake it.
     */
    static volatile @Nullable Runnable closeProbe;

    /**
     * Tests only: runs on the thread that opens the app's windows, with the frames of the windows
     * opened early, right after they were registered as the app's and before they are connected
     * to the runtime: where a close of such a window must still end the app.
     */
    static volatile @Nullable Consumer<List<BrowserFrame>> adoptProbe;

    private final JcefOptions options;

    private final AppOrigins origins;

    // Where pages may take their windows.
    private final NavigationGuard navigation;

    // jtauri's threads for the window's work: requests, and the hand-off of every invoke.
    private final ExecutorService io = TauriExecutors.daemonPool("tauri-webview-io-");

    private final Map<CefBrowser, JcefWindow> windows = new ConcurrentHashMap<>();

    // Windows opened before the runtime, until it adopts them.
    private final Map<CefBrowser, EarlyWindow> early = new ConcurrentHashMap<>();

    // Done at once unless windows open early, then once they are open (or failed to).
    private volatile CompletableFuture<Void> earlyOpened = CompletableFuture.completedFuture(null);

    private final Object clientLock = new Object();

    // Guarded by clientLock, and set with it.
    private @Nullable CefClient client;

    private volatile @Nullable CefEngine cef;

    // Guarded by "windows": set once the runtime took the windows over.
    private @Nullable TauriRuntime runtime;

    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    // Guarded by "windows": once set, no window is added, and the set of windows to close is known.
    private boolean ending;

    /**
     * Create the host. CEF starts on {@link #open}, or earlier through {@link CefEngine#start}.
     * @param options how to show the app
     */
    public JcefWebviewHost(JcefOptions options) {
        this.options = options;
        this.origins = new AppOrigins(options.devUrl());
        this.navigation = new NavigationGuard(this.origins, options.security().navigation(), (open) -> {
            Thread opener = new Thread(open, "tauri-open-external");
            opener.setDaemon(true);
            opener.start();
        });
    }

    /**
     * What opens URLs outside the app, where a page would leave it and
     * {@code tauri.app.security.navigation} is {@code open-external}: the app's choice, given
     * before {@link #open}. Until it is given, such URLs wait; {@link #open} takes the system's
     * browser if none was.
     * @param opener the opener
     */
    public void useExternalOpener(ExternalUrlOpener opener) {
        this.navigation.useOpener(opener);
    }

    /**
     * How this host shows the app.
     * @return the options
     */
    public JcefOptions options() {
        return this.options;
    }

    /**
     * Open windows now, before the app's runtime exists, in the background: once CEF is ready
     * their frames show and their pages load, while the Spring context is still starting; their
     * invokes wait until {@link #open} hands the windows to the runtime. Call once, before
     * {@link #open}; a window that is to open early must open with the same label there.
     * @param windows the windows to open
     */
    public void openEarly(List<WindowOptions> windows) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        this.earlyOpened = done;
        Thread opener = new Thread(() -> {
            try {
                CefClient client = client();
                // A signal ends the app the usual way, windows first, until the runtime takes over.
                this.cef.onSignal(this::end);
                List<EarlyWindow> opened = new ArrayList<>();
                synchronized (this.windows) {
                    if (!this.ending && this.runtime == null) {
                        for (WindowOptions window : windows) {
                            EarlyWindow early = newEarlyWindow(window, client);
                            this.early.put(early.frame().browser(), early);
                            opened.add(early);
                        }
                    }
                }
                opened.forEach((early) -> early.frame().show());
                logger.debug("Opened {} window(s) early: {}", opened.size(), opened.stream().map(EarlyWindow::label).toList());
            }
            catch (RuntimeException ex) {
                logger.debug("No window opened early: {}", ex.toString());
            }
            finally {
                done.complete(null);
            }
        }, "tauri-early-windows");
        opener.setDaemon(true);
        opener.start();
    }

    private EarlyWindow newEarlyWindow(WindowOptions options, CefClient client) {
        String url = this.options.resolve(options.url());
        CefBrowser browser = client.createBrowser(url, false, false);
        EarlyWindow early = new EarlyWindow(options, SingleUseTokens.randomHex(), browser,
                JcefWindow.title(options, this.options));
        // CEF loads it once the frame shows: the app's choice, whatever the navigation policy.
        early.frame().loads().expect(url);
        return early;
    }

    @Override
    public void open(TauriRuntime runtime, List<WindowOptions> windows) {
        CefClient client = client();
        awaitEarlyWindows();
        synchronized (this.windows) {
            this.runtime = runtime;
        }
        runtime.exitRequest().thenAccept(this::end);
        this.navigation.useOpener(new SystemBrowser());
        // The engine the client came from: a signal before now may have ended the app, and CEF.
        this.cef.onSignal((code) -> runtime.appHandle().exit(code));
        Function<String, CefBrowser> browsers = (url) -> client.createBrowser(url, false, false);
        openWindows(runtime, windows, browsers);
        runtime.windowOpener((options) -> openAtRuntime(runtime, options, browsers));
        logger.info("Opened {} window(s): {}", windows.size(), windows.stream().map(WindowOptions::label).toList());
    }

    /**
     * CEF's client, with this host's handlers, made once: the first caller waits for CEF to be
     * ready and sets it up.
     */
    private CefClient client() {
        synchronized (this.clientLock) {
            if (this.client == null) {
                CefEngine cef = CefEngine.start(this.options.engine());
                // A window's theme() may be asked on CEF's thread: the system's is read meanwhile.
                SystemTheme.current().prime();
                // Made while CEF starts, since it needs no CEF: its first use of Jackson and of
                // its own classes would otherwise delay the first window by 50-100 ms.
                AppRequests requests = new AppRequests(this::page, this.origins, this.options.assets(),
                        (this.options.devUrl() != null) ? new DevServerProxy() : null,
                        new BridgeScript(JsonMapper.shared(), this.options.maxNestingDepth()),
                        new CspHeaders(this.options.security().csp(), this.options.security().unmodifiedCsp(),
                                this.origins.frameAncestors()),
                        this.options.maxPayloadSize(), this.io);
                CefClient client = cef.awaitReady(START_TIMEOUT);
                this.cef = cef;
                cef.serve(requests);
                CefMessageRouter router = CefMessageRouter.create();
                router.addHandler(new QueryRouter(this::page, this.origins), true);
                client.addMessageRouter(router);
                client.addLifeSpanHandler(new LifeSpan());
                client.addLoadHandler(new Loads());
                client.addDisplayHandler(new Console());
                if (this.options.devtools()) {
                    client.addKeyboardHandler(new DevToolsKey());
                }
                client.addRequestHandler(new Requests(requests));
                this.client = client;
            }
            return this.client;
        }
    }

    private void awaitEarlyWindows() {
        try {
            this.earlyOpened.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            logger.warn("The windows opened early were not ready in time", ex);
        }
    }

    /** The page a browser shows: a window of the running app, or one opened early. */
    private @Nullable HostedPage page(CefBrowser browser) {
        JcefWindow window = this.windows.get(browser);
        return (window != null) ? window : this.early.get(browser);
    }

    /**
     * Every window is registered before any is shown, so that no window's close can find the
     * app without windows while others are still to come; none is added once the app ends. A
     * window opened early is adopted, unless it was closed meanwhile: then it stays closed. A
     * window is registered before it is connected, as at runtime, so that its close, whenever it
     * comes, finds it registered and takes it away again (the last one ending the app).
     */
    private void openWindows(TauriRuntime runtime, List<WindowOptions> options, Function<String, CefBrowser> browsers) {
        Map<String, EarlyWindow> early = earlyWindowsByLabel();
        List<JcefWindow> created = new ArrayList<>();
        Map<JcefWindow, EarlyWindow> adopted = new HashMap<>();
        for (WindowOptions window : options) {
            EarlyWindow opened = early.remove(window.label());
            if (opened == null) {
                created.add(newWindow(runtime, window, browsers));
            }
            else if (!opened.frame().closed().isDone()) {
                JcefWindow adopting = JcefWindow.adopt(opened, this.options, runtime, this.origins, this.io);
                created.add(adopting);
                adopted.put(adopting, opened);
            }
        }
        // Opened early under a label the windows no longer have: not the app's.
        early.values().forEach((stray) -> stray.frame().close());
        boolean ending;
        synchronized (this.windows) {
            ending = this.ending;
            if (!ending) {
                created.forEach((window) -> this.windows.put(window.browser(), window));
            }
            // Adopted, closed, or closed by the ending app: none is early any more.
            this.early.clear();
        }
        Consumer<List<BrowserFrame>> probe = adoptProbe;
        if (probe != null) {
            probe.accept(adopted.keySet().stream().map(JcefWindow::frame).toList());
        }
        if (ending) {
            logger.debug("Windows not shown: the app is ending");
            created.forEach(JcefWindow::destroy);
            return;
        }
        created.forEach((window) -> connect(runtime, window));
        for (JcefWindow window : created) {
            EarlyWindow opened = adopted.get(window);
            if (opened == null) {
                window.open();
                continue;
            }
            if (opened.frame().isBrowserLive()) {
                // CEF created the browser before the window was adopted: apply what needs it.
                window.browserCreated();
            }
            opened.adopted(window);
        }
        if (created.isEmpty() && !options.isEmpty()) {
            // Every window was opened early and closed while the app was starting.
            end(0);
        }
    }

    /** The windows opened early, by label. */
    private Map<String, EarlyWindow> earlyWindowsByLabel() {
        Map<String, EarlyWindow> byLabel = new LinkedHashMap<>();
        synchronized (this.windows) {
            this.early.values().forEach((early) -> byLabel.put(early.label(), early));
        }
        return byLabel;
    }

    /** A window opened while the app runs, from Java or from a page. */
    private JcefWindow openAtRuntime(TauriRuntime runtime, WindowOptions options, Function<String, CefBrowser> browsers) {
        synchronized (this.windows) {
            if (this.ending) {
                throw new IllegalStateException("Window '" + options.label() + "' cannot open: the app is ending");
            }
            if (hasWindow(options.label())) {
                throw new IllegalArgumentException("A window labelled '" + options.label() + "' already exists");
            }
        }
        JcefWindow window = newWindow(runtime, options, browsers);
        synchronized (this.windows) {
            if (this.ending || hasWindow(options.label())) {
                window.destroy();
                throw new IllegalStateException("Window '" + options.label() + "' cannot open: the app is ending, or "
                        + "another window took its label meanwhile");
            }
            this.windows.put(window.browser(), window);
        }
        connect(runtime, window);
        window.open();
        synchronized (this.windows) {
            if (this.ending) {
                throw new IllegalStateException("Window '" + options.label() + "' cannot open: the app is ending");
            }
        }
        runtime.events().emit(WindowEvent.WINDOW_CREATED, Map.of("label", options.label()));
        logger.info("Opened window '{}'", options.label());
        return window;
    }

    /** Whether an open window has the label; with the lock on {@code windows} held. */
    private boolean hasWindow(String label) {
        return this.windows.values().stream().anyMatch((window) -> window.label().equals(label));
    }

    private JcefWindow newWindow(TauriRuntime runtime, WindowOptions options, Function<String, CefBrowser> browsers) {
        return new JcefWindow(options, this.options, SingleUseTokens.randomHex(), runtime, this.origins, browsers,
                this.io);
    }

    /**
     * A window joins the runtime; once closed, it leaves it on jtauri's own threads: it closes on
     * CEF's UI thread, which must not run the page's resources' close or wait for anything.
     */
    private void connect(TauriRuntime runtime, JcefWindow window) {
        runtime.connect(window);
        window.closed().thenRunAsync(() -> windowClosed(runtime, window), this.io);
    }

    @Override
    public int awaitExit() throws InterruptedException {
        try {
            return this.exit.get();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("The app did not end cleanly", ex.getCause());
        }
    }

    /**
     * End the app, and wait for it to end unless called on the EDT, which must be free for CEF to
     * shut down (as must CEF's own threads, which never call this).
     */
    @Override
    public void close() {
        end(0);
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        try {
            this.exit.get(2 * CLOSE_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            logger.warn("The app did not end in time", ex);
        }
    }

    /** A window closed: it leaves the runtime, and the last one ends the app. */
    private void windowClosed(TauriRuntime runtime, JcefWindow window) {
        runtime.disconnect(window);
        boolean last;
        synchronized (this.windows) {
            last = this.windows.remove(window.browser(), window) && this.windows.isEmpty();
        }
        if (last) {
            end(0);
        }
    }

    /**
     * End the app once, on a thread of its own: the caller may be a portal, CEF or AWT thread.
     * Windows close first, then CEF is disposed (on its own UI thread, see
     * {@link CefEngine#dispose}), even when this host never opened a window: CEF may have
     * started early for an app whose startup then failed.
     */
    private void end(int exitCode) {
        Map<String, BrowserFrame> toClose = new LinkedHashMap<>();
        synchronized (this.windows) {
            if (this.ending) {
                return;
            }
            this.ending = true;
            this.windows.values().forEach((window) -> toClose.put(window.label(), window.frame()));
            this.early.values().forEach((early) -> toClose.putIfAbsent(early.label(), early.frame()));
        }
        Thread ender = new Thread(() -> {
            long start = System.nanoTime();
            toClose.values().forEach(BrowserFrame::close);
            awaitClosed(toClose);
            CefEngine.disposeIfStarted(CLOSE_TIMEOUT);
            this.io.shutdownNow();
            logger.info("The app ended with code {} ({} ms to close)", exitCode, (System.nanoTime() - start) / 1_000_000);
            this.exit.complete(exitCode);
        }, "tauri-exit");
        ender.setDaemon(false);
        ender.start();
    }

    private static void awaitClosed(Map<String, BrowserFrame> frames) {
        try {
            CompletableFuture.allOf(frames.values().stream().map(BrowserFrame::closed).toArray(CompletableFuture[]::new))
                .get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            Map<String, BrowserFrame> open = new LinkedHashMap<>(frames);
            open.values().removeIf((frame) -> frame.closed().isDone());
            logger.warn("Window(s) {} did not close within {}", open.keySet(), CLOSE_TIMEOUT);
            open.values().forEach(BrowserFrame::abandon);
        }
    }

    private final class LifeSpan extends CefLifeSpanHandlerAdapter {

        // No popup opens a window; one that would leave the app goes to the navigation policy.
        @Override
        public boolean onBeforePopup(CefBrowser browser, CefFrame frame, String targetUrl, String targetFrameName) {
            HostedPage page = page(browser);
            return JcefWebviewHost.this.navigation.beforePopup((page != null) ? page.label() : "?", targetUrl);
        }

        @Override
        public void onAfterCreated(CefBrowser browser) {
            JcefWindow window = JcefWebviewHost.this.windows.get(browser);
            if (window != null) {
                window.browserCreated();
                return;
            }
            EarlyWindow early = JcefWebviewHost.this.early.get(browser);
            if (early != null) {
                early.frame().created();
            }
        }

        @Override
        public void onBeforeClose(CefBrowser browser) {
            JcefWindow window = JcefWebviewHost.this.windows.get(browser);
            if (window != null) {
                window.browserClosed();
            }
            else {
                // Kept until the runtime takes the windows over, which leaves a closed one closed.
                EarlyWindow early = JcefWebviewHost.this.early.get(browser);
                if (early != null) {
                    early.frame().browserClosed();
                }
            }
            Runnable probe = closeProbe;
            if (probe != null) {
                probe.run();
            }
        }
    }

    private final class Loads extends CefLoadHandlerAdapter {

        @Override
        public void onLoadStart(CefBrowser browser, CefFrame frame, CefRequest.TransitionType transitionType) {
            JcefWindow window = JcefWebviewHost.this.windows.get(browser);
            if (window != null && frame.isMain()) {
                window.pageLoading();
            }
        }

        @Override
        public void onLoadEnd(CefBrowser browser, CefFrame frame, int httpStatusCode) {
            JcefWindow window = JcefWebviewHost.this.windows.get(browser);
            if (window != null && frame.isMain()) {
                window.pageLoaded();
            }
        }
    }

    private static final class Console extends CefDisplayHandlerAdapter {

        @Override
        public boolean onConsoleMessage(CefBrowser browser, CefSettings.LogSeverity level, String message, String source,
                int line) {
            if (level == CefSettings.LogSeverity.LOGSEVERITY_ERROR || level == CefSettings.LogSeverity.LOGSEVERITY_FATAL) {
                console.warn("{} ({}:{})", message, source, line);
            }
            else {
                console.debug("{} ({}:{})", message, source, line);
            }
            return false;
        }
    }

    private static final class DevToolsKey extends CefKeyboardHandlerAdapter {

        @Override
        public boolean onKeyEvent(CefBrowser browser, CefKeyboardHandler.CefKeyEvent event) {
            if (event.type == CefKeyboardHandler.CefKeyEvent.EventType.KEYEVENT_RAWKEYDOWN && event.windows_key_code == F12) {
                browser.openDevTools();
                return true;
            }
            return false;
        }
    }

    /**
     * Decides where pages may take their windows, and sends the dev server's requests through the
     * app's router, which proxies them.
     */
    private final class Requests extends CefRequestHandlerAdapter {

        private final AppRequests requests;

        Requests(AppRequests requests) {
            this.requests = requests;
        }

        // A main frame only: what a page shows in its frames stays in the page.
        @Override
        public boolean onBeforeBrowse(CefBrowser browser, CefFrame frame, CefRequest request, boolean userGesture,
                boolean isRedirect) {
            HostedPage page = page(browser);
            if (page == null || !frame.isMain()) {
                // DevTools' own browser, say: not a window of the app.
                return false;
            }
            return JcefWebviewHost.this.navigation.beforeBrowse(page.label(), page.frame().loads(), request.getURL(),
                    isRedirect);
        }

        @Override
        public @Nullable CefResourceRequestHandler getResourceRequestHandler(CefBrowser browser, CefFrame frame,
                CefRequest request, boolean isNavigation, boolean isDownload, String requestInitiator,
                BoolRef disableDefaultHandling) {
            if (!JcefWebviewHost.this.origins.isDevServer(request.getURL())) {
                return null;
            }
            return new CefResourceRequestHandlerAdapter() {
                @Override
                public CefResourceHandler getResourceHandler(CefBrowser b, CefFrame f, CefRequest r) {
                    return Requests.this.requests.handle(b, f, r);
                }
            };
        }
    }
}
