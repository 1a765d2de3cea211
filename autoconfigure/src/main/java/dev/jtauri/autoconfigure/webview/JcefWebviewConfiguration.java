package dev.jtauri.autoconfigure.webview;

import java.util.List;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.ExternalUrlOpener;
import dev.jtauri.webview.SystemBrowser;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.jcef.JcefOptions;
import dev.jtauri.webview.jcef.JcefWebviewHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The JCEF window host, when jtauri-webview-jcef is on the classpath, windows are enabled, and
 * the process has a display.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "dev.jtauri.webview.jcef.JcefWebviewHost")
@ConditionalOnBooleanProperty(name = "tauri.webview.enabled", matchIfMissing = true)
@Conditional(OnDisplayCondition.class)
public class JcefWebviewConfiguration {

    // The host that opened the windows early, when one did: the same properties made it, and
    // its frontend was found then.
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(WebviewHost.class)
    JcefWebviewHost webviewHost(TauriProperties properties, Environment environment, ResourceLoader resourceLoader,
            ObjectProvider<EarlyStart> earlyStart, ExternalUrlOpener externalUrlOpener) {
        EarlyStart early = earlyStart.getIfAvailable();
        JcefWebviewHost host = (early != null) ? early.takeHost() : null;
        if (host == null) {
            JcefOptions options = JcefOptionsFactory.create(properties, environment, resourceLoader);
            checkFrontend(properties, options);
            host = new JcefWebviewHost(options);
        }
        host.useExternalOpener(externalUrlOpener);
        return host;
    }

    @Bean
    @ConditionalOnMissingBean
    ExternalUrlOpener externalUrlOpener() {
        return new SystemBrowser();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "tauri.webview.release-memory-after-start", matchIfMissing = true)
    static StartupMemoryRelease startupMemoryRelease() {
        return new StartupMemoryRelease();
    }

    /** A window that loads a frontend page that is not there fails the startup, naming the settings. */
    static void checkFrontend(TauriProperties properties, JcefOptions options) {
        if (options.devUrl() != null) {
            return;
        }
        List<TauriProperties.Window> windows = properties.getApp().getWindows();
        for (int i = 0; i < windows.size(); i++) {
            String url = windows.get(i).getUrl();
            if (JcefOptions.isAbsolute(url)) {
                continue;
            }
            String path = options.frontendPath(url);
            if (path == null || options.assets().resolve(path) == null) {
                throw new IllegalStateException("tauri.app.windows[" + i + "].url is '" + url + "', but "
                        + "tauri.build.frontend-dist (" + properties.getBuild().getFrontendDist() + ") has no such file. "
                        + "Build the frontend into that location, or set tauri.build.dev-url to a dev server.");
            }
        }
    }
}
