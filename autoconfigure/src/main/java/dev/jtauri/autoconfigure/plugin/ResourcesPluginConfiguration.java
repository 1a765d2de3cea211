package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourcesPluginCommands;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The resources plugin, {@code plugin:resources|close}: {@code Resource.close()} of
 * {@code @tauri-apps/api/core}, on the page's {@link dev.jtauri.resources.ResourceTable}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.resources.enabled", matchIfMissing = true)
class ResourcesPluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME)
    TauriPlugin tauriResourcesPlugin() {
        return ResourcesPluginCommands.plugin();
    }
}
