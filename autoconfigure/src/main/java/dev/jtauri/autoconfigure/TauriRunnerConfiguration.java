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
        return new TauriApplicationRunner(runtime, properties, host.getIfUnique(), headlessReason(properties, context),
                context);
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
