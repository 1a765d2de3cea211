package dev.jtauri.autoconfigure;

import dev.jtauri.autoconfigure.webview.Displays;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.WebviewHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The application runner that opens the windows, or says why it runs headless.
 */
@Configuration(proxyBeanMethods = false)
class TauriRunnerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TauriApplicationRunner tauriApplicationRunner(TauriRuntime runtime, TauriProperties properties,
            ObjectProvider<WebviewHost> host, ConfigurableApplicationContext context) {
        // Two hosts are a configuration error, not a reason to run headless: getIfAvailable says so.
        WebviewHost webviewHost = host.getIfAvailable();
        String headlessReason = (webviewHost != null) ? "" : headlessReason(properties, context);
        return new TauriApplicationRunner(runtime, properties, webviewHost, headlessReason, context);
    }

    private static String headlessReason(TauriProperties properties, ConfigurableApplicationContext context) {
        if (!properties.getWebview().isEnabled()) {
            return "tauri.webview.enabled=false";
        }
        if (!ClassUtils.isPresent("dev.jtauri.webview.jcef.JcefWebviewHost", context.getClassLoader())) {
            return "jtauri-webview-jcef is not on the classpath";
        }
        if (!Displays.available(context.getEnvironment())) {
            return Displays.NO_DISPLAY;
        }
        return "no WebviewHost bean";
    }
}
