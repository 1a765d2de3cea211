package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.image.ImagePluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The image plugin, {@code plugin:image|*}: the {@code Image} of {@code @tauri-apps/api/image}, an
 * {@link dev.jtauri.image.Image} in the page's resources.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.image.enabled", matchIfMissing = true)
class ImagePluginConfiguration {

    @Bean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME)
    @ConditionalOnMissingBean(name = BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME)
    TauriPlugin tauriImagePlugin(TauriProperties properties) {
        return ImagePluginCommands.plugin(properties.getImage().toDecoder());
    }
}
