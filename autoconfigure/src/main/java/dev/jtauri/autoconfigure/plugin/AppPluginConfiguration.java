package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.app.AppPluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app plugin, {@code plugin:app|*}: the app's name, version and identifier, from its
 * {@link dev.jtauri.PackageInfo}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.app.enabled", matchIfMissing = true)
class AppPluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME)
    TauriPlugin tauriAppPlugin() {
        return AppPluginCommands.plugin();
    }
}
