package dev.jtauri.autoconfigure.webview;

import java.time.Duration;
import java.util.List;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.webview.jcef.CefEngine;
import dev.jtauri.webview.jcef.JcefOptions;
import dev.jtauri.webview.jcef.JcefWebviewHost;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * What jtauri starts as soon as the environment is final, before the context has any bean
 * definition: CEF, from the app's configuration alone (the {@code tauri.*} properties), and,
 * unless {@code tauri.webview.early-windows} is off, the app's windows, which open as soon as
 * CEF is ready while the context is still being created and its configuration parsed. Their
 * invokes wait until the runtime takes the windows over ({@link JcefWebviewHost#openEarly}).
 *
 * <p>Once the context exists, it is {@link #register registered} in it as a singleton, so that
 * the host bean is the host that opened the windows ({@link #takeHost}): the same properties
 * made both. What no host bean took (the app has a host of its own, or the startup failed) is
 * ended by {@link #end}: windows first, then CEF.
 */
public final class EarlyStart {

    private static final Logger logger = LoggerFactory.getLogger(EarlyStart.class);

    static final String BEAN_NAME = "jtauriEarlyStart";

    // Long enough for a first run, whose natives install may be under way.
    private static final Duration CEF_DISPOSE_TIMEOUT = Duration.ofSeconds(60);

    // Guarded by "this": the host that opened the windows early, until the host bean takes it.
    private @Nullable JcefWebviewHost host;

    EarlyStart(@Nullable JcefWebviewHost host) {
        this.host = host;
    }

    /**
     * Start CEF, and open the app's windows early, in the background. Nothing starts when
     * {@code tauri.webview.early-start} is off or the properties are bad: the properties bean
     * reports them. A window page that is missing opens nothing early: the host bean reports it.
     * @param environment the app's environment, final
     * @param resourceLoader loads the frontend's files
     * @return what was started, or {@code null} when nothing was
     */
    public static @Nullable EarlyStart start(Environment environment, ResourceLoader resourceLoader) {
        try {
            TauriProperties properties = Binder.get(environment).bindOrCreate("tauri", TauriProperties.class);
            if (!properties.getWebview().isEarlyStart()) {
                return null;
            }
            JcefOptions options = JcefOptionsFactory.create(properties, environment, resourceLoader);
            CefEngine.start(options.engine());
            return new EarlyStart(openWindows(properties, options));
        }
        catch (RuntimeException ex) {
            logger.debug("CEF not started early: {}", ex.toString());
            return null;
        }
    }

    private static @Nullable JcefWebviewHost openWindows(TauriProperties properties, JcefOptions options) {
        if (!properties.getWebview().isEarlyWindows()) {
            return null;
        }
        try {
            JcefWebviewConfiguration.checkFrontend(properties, options);
        }
        catch (IllegalStateException ex) {
            return null;
        }
        List<WindowOptions> windows = properties.getApp().getWindows().stream()
            .map(TauriProperties.Window::toOptions)
            .toList();
        JcefWebviewHost early = new JcefWebviewHost(options);
        early.openEarly(windows);
        return early;
    }

    /**
     * Make what started early known to the context's host bean.
     * @param context the app's context, before its refresh
     */
    public void register(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton(BEAN_NAME, this);
    }

    /**
     * The host that opened the app's windows early, for the host bean; once.
     * @return the host, or {@code null} when none opened windows early
     */
    synchronized @Nullable JcefWebviewHost takeHost() {
        JcefWebviewHost early = this.host;
        this.host = null;
        return early;
    }

    /**
     * End what no host bean took: the windows opened early, then CEF, so that no Chromium
     * process outlives the app.
     */
    public void end() {
        JcefWebviewHost untaken = takeHost();
        if (untaken != null) {
            untaken.close();
        }
        disposeCef();
    }

    /** Dispose CEF if it was started, waiting for a start still under way. */
    public static void disposeCef() {
        CefEngine.disposeIfStarted(CEF_DISPOSE_TIMEOUT);
    }
}
