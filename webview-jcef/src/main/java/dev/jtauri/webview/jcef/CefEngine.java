package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

import me.friwi.jcefmaven.CefAppBuilder;
import me.friwi.jcefmaven.MavenCefAppHandlerAdapter;
import org.cef.CefApp;
import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.callback.CefCommandLine;
import org.cef.callback.CefSchemeRegistrar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's CEF: started once, early and in the background (so Spring's context and CEF
 * start side by side), disposed once. CEF cannot start again in a process it was disposed in.
 *
 * <p>The {@code tauri://localhost} scheme is registered as a standard, secure, CORS- and
 * fetch-enabled scheme, and its handler factory is installed once CEF's context exists (earlier,
 * the JVM aborts); requests go to whatever {@link AppRequests} the host sets.
 */
public final class CefEngine {

    /** The scheme the frontend is served on: {@code tauri://localhost/}. */
    static final String SCHEME = "tauri";

    private static final Logger logger = LoggerFactory.getLogger(CefEngine.class);

    private static final Object LOCK = new Object();

    private static @Nullable CefEngine current;

    private final CefEngineOptions options;

    private final CompletableFuture<CefApp> contextInitialized = new CompletableFuture<>();

    private final CompletableFuture<CefClient> ready = new CompletableFuture<>();

    private final CompletableFuture<Void> terminated = new CompletableFuture<>();

    private volatile @Nullable AppRequests requests;

    // Guarded by LOCK.
    private boolean disposing;

    // What SIGTERM, SIGINT or SIGHUP does: end the open app, or the JVM while none is open.
    private volatile IntConsumer onSignal = System::exit;

    private CefEngine(CefEngineOptions options) {
        this.options = options;
    }

    /**
     * Start CEF in the background, or return the engine already started in this process.
     * Must be called before anything else in the process uses AWT.
     * @param options used by the first call only
     * @return the engine
     * @throws IllegalStateException when CEF was already disposed in this process
     */
    public static CefEngine start(CefEngineOptions options) {
        synchronized (LOCK) {
            if (current != null) {
                if (current.disposing) {
                    throw new IllegalStateException("CEF was disposed in this process and cannot start again; "
                            + "run each app (or test class that opens windows) in its own JVM");
                }
                return current;
            }
            // Before AWT loads, CEF's threads run and the app's beans exist: see EnvironmentPreset.
            EnvironmentPreset.apply();
            current = new CefEngine(options);
            Thread starter = new Thread(current::startCef, "tauri-cef-start");
            starter.setDaemon(true);
            starter.start();
            return current;
        }
    }

    /**
     * Make ready, in the background, what {@link #start} needs first: the native access that
     * presets the environment (loading it costs a tenth of a second or two). For an app that is
     * about to show windows; elsewhere it is not worth its time.
     */
    public static void prepare() {
        EnvironmentPreset.prepare();
    }

    /**
     * Dispose the CEF this process started, if any, and wait for it to end: for an app whose
     * startup failed after CEF was started early. Idempotent.
     * @param timeout how long to wait for CEF to start (if it still is) and then to end
     * @return true when no CEF is left running
     */
    public static boolean disposeIfStarted(Duration timeout) {
        CefEngine engine;
        synchronized (LOCK) {
            engine = current;
        }
        return (engine == null) || engine.dispose(timeout);
    }

    /**
     * Wait until CEF's context is initialized and the scheme is registered.
     * @param timeout how long to wait
     * @return the client that the app's browsers are created with
     * @throws IllegalStateException when CEF failed to start or did not start in time
     */
    CefClient awaitReady(Duration timeout) {
        try {
            return this.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("CEF failed to start: " + ex.getCause().getMessage(), ex.getCause());
        }
        catch (TimeoutException ex) {
            throw new IllegalStateException("CEF did not start within " + timeout, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for CEF to start", ex);
        }
    }

    /**
     * Decide what a termination signal does once an app is open.
     * @param onSignal ends the app with the given exit code
     */
    void onSignal(IntConsumer onSignal) {
        this.onSignal = onSignal;
    }

    /**
     * Route the scheme's requests.
     * @param requests the router
     */
    void serve(AppRequests requests) {
        this.requests = requests;
    }

    /**
     * Dispose CEF once and wait until it has terminated, up to a bound. Idempotent. Browsers
     * should be closed first; CEF still starting is disposed as soon as its context exists.
     *
     * <p>The dispose itself runs on CEF's UI thread, queued behind whatever callback that thread
     * is running: JCEF's {@code CefApp.dispose()} and its cleanup after a browser's
     * {@code onBeforeClose} take the same two locks in opposite orders, and that cleanup runs on
     * the UI thread right after our own handler returns, so a dispose from any other thread can
     * deadlock with a browser that is still closing.
     * @param timeout how long to wait for termination
     * @return true when CEF terminated in time (or never started)
     */
    boolean dispose(Duration timeout) {
        boolean first;
        synchronized (LOCK) {
            first = !this.disposing;
            this.disposing = true;
        }
        if (first) {
            this.contextInitialized.whenComplete((app, failure) -> {
                if (app != null) {
                    disposeOnUiThread(app);
                }
            });
        }
        try {
            this.terminated.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        catch (TimeoutException | ExecutionException ex) {
            logger.warn("CEF did not terminate within {}", timeout);
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Hop to CEF's UI thread and dispose there, as a task of its own: a queue no JCEF callback is
     * ahead of (see {@link CookieFlushHop}).
     */
    private static void disposeOnUiThread(CefApp app) {
        Runnable dispose = () -> {
            logger.debug("Disposing CEF on {}", Thread.currentThread().getName());
            app.dispose();
        };
        if (!CookieFlushHop.run(dispose)) {
            // No way onto the UI thread: the windows are closed, and JCEF's cleanup of the last
            // one, if it still runs, takes microseconds.
            logger.warn("CEF's cookie store could not be flushed; disposing CEF on {}", Thread.currentThread().getName());
            dispose.run();
        }
    }

    private void startCef() {
        long start = System.nanoTime();
        try {
            // Spring Boot makes AWT headless unless told otherwise; CEF's windows need it not to be.
            System.setProperty("java.awt.headless", "false");
            CefAppBuilder builder = new CefAppBuilder();
            NativesInstaller.install(builder, this.options.installDir());
            CefSettings settings = builder.getCefSettings();
            settings.windowless_rendering_enabled = false;
            settings.root_cache_path = this.options.dataDir().toAbsolutePath().toString();
            settings.log_severity = CefSettings.LogSeverity.LOGSEVERITY_ERROR;
            builder.addJcefArgs(ChromiumSwitches.of(this.options.arguments()).toArray(String[]::new));
            builder.setAppHandler(new AppHandler());
            if (disposedBeforeStart()) {
                return;
            }
            CefApp app = builder.build();
            // JCEF initializes CEF natively when the first client is made, not before.
            CefClient client = app.createClient();
            this.contextInitialized.thenRun(() -> {
                JvmSignals.reclaim((code) -> this.onSignal.accept(code));
                this.ready.complete(client);
                logger.debug("CEF ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            });
        }
        catch (Throwable ex) {
            logger.error("CEF failed to start", ex);
            failed(ex);
        }
    }

    /**
     * Whether the app ended (a failed startup, say) while CEF's natives were being installed:
     * then Chromium never starts.
     */
    private boolean disposedBeforeStart() {
        synchronized (LOCK) {
            if (this.disposing) {
                logger.debug("CEF not started: the app ended first");
                failed(new IllegalStateException("CEF was disposed before it started"));
                return true;
            }
            return false;
        }
    }

    /** CEF will not run in this process: nothing to wait for, nothing to dispose. */
    private void failed(Throwable failure) {
        this.contextInitialized.completeExceptionally(failure);
        this.ready.completeExceptionally(failure);
        this.terminated.complete(null);
    }

    private final class AppHandler extends MavenCefAppHandlerAdapter {

        @Override
        public void onRegisterCustomSchemes(CefSchemeRegistrar registrar) {
            registrar.addCustomScheme(SCHEME, true, false, false, true, true, false, true);
        }

        /**
         * Another process started with this app's CEF profile and handed its launch over to this
         * one before exiting. Chromium's own answer would be a browser window of its own, outside
         * the app, left open when CEF shuts down, which crashes the app as it exits.
         */
        @Override
        public boolean onAlreadyRunningAppRelaunch(CefCommandLine commandLine, String currentDirectory) {
            logger.info("Another instance of this app was started with the same CEF profile ({}); it exits, as one "
                    + "process at a time may use a profile", CefEngine.this.options.dataDir());
            return true;
        }

        @Override
        public void onContextInitialized() {
            CefApp app = CefApp.getInstance();
            app.registerSchemeHandlerFactory(SCHEME, "localhost", (browser, frame, scheme, request) -> {
                AppRequests router = CefEngine.this.requests;
                return (router != null) ? router.handle(browser, frame, request)
                        : AsyncResourceHandler.of(ResourceResponse.notFound());
            });
            CefEngine.this.contextInitialized.complete(app);
        }

        @Override
        public void stateHasChanged(CefApp.CefAppState state) {
            if (state == CefApp.CefAppState.INITIALIZATION_FAILED) {
                failed(new IllegalStateException("CEF failed to initialize. Is another "
                        + "instance of this app running? Its CEF profile (tauri.webview.data-dir: "
                        + CefEngine.this.options.dataDir() + ") can be used by one process at a time."));
            }
            if (state == CefApp.CefAppState.TERMINATED) {
                logger.debug("CEF terminated");
                CefEngine.this.terminated.complete(null);
            }
        }
    }
}
