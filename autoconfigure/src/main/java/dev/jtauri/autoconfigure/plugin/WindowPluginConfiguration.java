package dev.jtauri.autoconfigure.plugin;

import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.window.WindowPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tauri's window plugin, {@code plugin:window|*}: on unless {@code tauri.plugins.window.enabled}
 * is false; a bean of the same name replaces it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "tauri.plugins.window.enabled", matchIfMissing = true)
public class WindowPluginConfiguration {

    /** The bean name of the window plugin. */
    public static final String BEAN_NAME = "tauriWindowPlugin";

    @Bean(BEAN_NAME)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    TauriPlugin tauriWindowPlugin() {
        return WindowPlugin.plugin();
    }
}
