package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.jtauri.async.TauriExecutors;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
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

/**
 * Shows the app in JCEF windows. {@link #open} creates the windows and returns;
 * {@link #awaitExit()} returns when the app has ended: after {@code AppHandle.exit(code)}, after
 * the last window closed (code 0), or after {@link #close()}. Ending closes every browser,
 * disposes CEF once, and waits for it to terminate, so no Chromium process outlives the app.
 *
 * <p>CEF's callbacks here only hand work off: invokes go to the portal, requests to an I/O
 * executor, and no user code runs on a CEF or AWT thread.
 */
public final class JcefWebviewHost implements WebviewHost {

    private static final Logger logger = LoggerFactory.getLogger(JcefWebviewHost.class);

    private static final Logger console = LoggerFactory.getLogger("dev.jtauri.webview.console");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final int F12 = 123;

    private final JcefOptions options;

    private final AppOrigins origins;

    private final SingleUseTokens<byte[]> tickets = new SingleUseTokens<>();

    private final ExecutorService io = TauriExecutors.daemonPool("tauri-webview-io-");

    private final Map<CefBrowser, JcefWindow> windows = new ConcurrentHashMap<>();

    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private final AtomicBoolean ending = new AtomicBoolean();

    private volatile @Nullable CefEngine engine;

    /**
     * Create the host. CEF starts on {@link #open}, or earlier through {@link CefEngine#start}.
     * @param options how to show the app
     */
    public JcefWebviewHost(JcefOptions options) {
        this.options = options;
        this.origins = new AppOrigins(options.devUrl());
    }

    @Override
    public void open(TauriRuntime runtime, List<WindowOptions> windows) {
        CefEngine cef = CefEngine.start(this.options.engine());
        this.engine = cef;
        CefClient client = cef.awaitReady(START_TIMEOUT);
        BridgeScript bridge = new BridgeScript(runtime.jsonMapper());
        AppRequests requests = new AppRequests(this.windows::get, this.origins, this.options.assets(),
                (this.options.devUrl() != null) ? new DevServerProxy() : null, this.tickets, bridge, this.io);
        cef.serve(requests);
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new QueryRouter(this.windows::get, this.origins), true);
        client.addMessageRouter(router);
        client.addLifeSpanHandler(new LifeSpan());
        client.addLoadHandler(new Loads());
        client.addDisplayHandler(new Console());
        if (this.options.devtools()) {
            client.addKeyboardHandler(new DevToolsKey());
        }
        if (this.options.devUrl() != null) {
            client.addRequestHandler(new DevServerRequests(requests));
        }
        for (WindowOptions window : windows) {
            JcefWindow opened = new JcefWindow(window, this.options, SingleUseTokens.randomHex(), runtime, this.tickets,
                    this.origins,
                    (url) -> client.createBrowser(url, false, false));
            this.windows.put(opened.browser(), opened);
            runtime.connect(opened);
            opened.show();
        }
        runtime.exitRequest().thenAccept(this::end);
        cef.onSignal((code) -> runtime.appHandle().exit(code));
        logger.info("Opened {} window(s): {}", windows.size(), windows.stream().map(WindowOptions::label).toList());
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

    @Override
    public void close() {
        end(0);
        try {
            this.exit.get(2 * CLOSE_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            logger.warn("The windows did not close in time", ex);
        }
    }

    /**
     * End the app once, on a thread of its own: the caller may be a portal, CEF or AWT thread.
     */
    private void end(int exitCode) {
        if (!this.ending.compareAndSet(false, true)) {
            return;
        }
        Thread ender = new Thread(() -> {
            long start = System.nanoTime();
            this.windows.values().forEach(JcefWindow::close);
            CompletableFuture<?>[] closed = this.windows.values().stream().map(JcefWindow::closed)
                .toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(closed).get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (Exception ex) {
                logger.warn("Not every window closed within {}", CLOSE_TIMEOUT);
            }
            CefEngine cef = this.engine;
            if (cef != null) {
                cef.dispose(CLOSE_TIMEOUT);
            }
            this.io.shutdownNow();
            logger.info("The app ended with code {} ({} ms to close)", exitCode, (System.nanoTime() - start) / 1_000_000);
            this.exit.complete(exitCode);
        }, "tauri-exit");
        ender.setDaemon(false);
        ender.start();
    }

    private final class LifeSpan extends CefLifeSpanHandlerAdapter {

        @Override
        public boolean onBeforePopup(CefBrowser browser, CefFrame frame, String targetUrl, String targetFrameName) {
            logger.debug("Blocked a popup to {}", targetUrl);
            return true;
        }

        @Override
        public void onBeforeClose(CefBrowser browser) {
            JcefWindow window = JcefWebviewHost.this.windows.remove(browser);
            if (window == null) {
                return;
            }
            window.browserClosed();
            if (JcefWebviewHost.this.windows.isEmpty()) {
                end(0);
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

    /** Sends the dev server's requests through the app's router, which proxies them. */
    private final class DevServerRequests extends CefRequestHandlerAdapter {

        private final AppRequests requests;

        DevServerRequests(AppRequests requests) {
            this.requests = requests;
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
                    return DevServerRequests.this.requests.handle(b, f, r);
                }
            };
        }
    }
}
