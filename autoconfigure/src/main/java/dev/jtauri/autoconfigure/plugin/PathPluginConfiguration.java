package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.path.PathPluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The path plugin, {@code plugin:path|*}: folders from the app's
 * {@link dev.jtauri.path.PathResolver}, and path strings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.path.enabled", matchIfMissing = true)
class PathPluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME)
    TauriPlugin tauriPathPlugin() {
        return PathPluginCommands.plugin();
    }
}
