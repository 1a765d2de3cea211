package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.window.WindowPluginCommands;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The window plugin, {@code plugin:window|*}: the {@link dev.jtauri.WebviewWindow} API for
 * {@code @tauri-apps/api/window}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.window.enabled", matchIfMissing = true)
class WindowPluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME)
    TauriPlugin tauriWindowPlugin(TauriProperties properties) {
        return WindowPluginCommands.plugin(properties.getImage().toDecoder());
    }
}
