package dev.jtauri.autoconfigure.webview;

import java.util.List;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.webview.jcef.CefEngine;
import dev.jtauri.webview.jcef.JcefOptions;
import dev.jtauri.webview.jcef.JcefWebviewHost;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Starts CEF as the context starts refreshing, before any bean is created, so CEF's start
 * (natives, subprocesses, context) and the context's own overlap. This is also before anything
 * in the app can touch AWT, which CEF requires. Unless {@code tauri.webview.early-windows} is off,
 * the app's windows open as soon as CEF is ready, their pages served, their invokes held until
 * the runtime takes the windows over ({@link JcefWebviewHost#openEarly}); the host bean is the
 * one that opened them ({@link #takeHost}). Bad properties are left for the properties bean to report: nothing opens
 * early then.
 *
 * <p>A context that fails before the host bean took the early host over closes it here, windows
 * first, then CEF.
 */
class JcefEarlyStart implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware, DisposableBean {

    private static final Logger logger = LoggerFactory.getLogger(JcefEarlyStart.class);

    private Environment environment;

    private ResourceLoader resourceLoader;

    // Guarded by "this": the host that opened the windows early, until the host bean takes it.
    private @Nullable JcefWebviewHost host;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        try {
            TauriProperties properties = Binder.get(this.environment).bindOrCreate("tauri", TauriProperties.class);
            if (!properties.getWebview().isEarlyStart()) {
                return;
            }
            JcefOptions options = JcefOptionsFactory.create(properties, this.environment, this.resourceLoader);
            CefEngine.start(options.engine());
            if (!properties.getWebview().isEarlyWindows()) {
                return;
            }
            JcefWebviewConfiguration.checkFrontend(properties, options);
            List<WindowOptions> windows = properties.getApp().getWindows().stream()
                .map(TauriProperties.Window::toOptions)
                .toList();
            JcefWebviewHost early = new JcefWebviewHost(options);
            early.openEarly(windows);
            synchronized (this) {
                this.host = early;
            }
        }
        catch (RuntimeException ex) {
            logger.debug("CEF not started, or no window opened early: {}", ex.toString());
        }
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

    @Override
    public void destroy() {
        JcefWebviewHost untaken = takeHost();
        if (untaken != null) {
            untaken.close();
        }
    }
}
