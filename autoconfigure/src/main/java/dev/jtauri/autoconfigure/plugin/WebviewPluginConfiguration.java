package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.window.WebviewPluginCommands;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webview plugin, {@code plugin:webview|*}: windows opened from a page, and the webview part
 * of the {@link dev.jtauri.WebviewWindow} API for {@code @tauri-apps/api/webview}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.webview.enabled", matchIfMissing = true)
class WebviewPluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.WEBVIEW_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.WEBVIEW_PLUGIN_BEAN_NAME)
    TauriPlugin tauriWebviewPlugin() {
        return WebviewPluginCommands.plugin();
    }
}
