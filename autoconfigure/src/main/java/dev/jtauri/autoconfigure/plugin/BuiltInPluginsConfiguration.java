package dev.jtauri.autoconfigure.plugin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The built-in plugins, one configuration each. Each plugin is a
 * {@link dev.jtauri.plugin.TauriPlugin} bean named {@code tauri<Name>Plugin}: a bean of that name
 * replaces it, and {@code tauri.plugins.<name>.enabled=false} leaves it out.
 */
@Configuration(proxyBeanMethods = false)
@Import({ WindowPluginConfiguration.class, WebviewPluginConfiguration.class, PathPluginConfiguration.class, AppPluginConfiguration.class,
        ImagePluginConfiguration.class, ResourcesPluginConfiguration.class })
public class BuiltInPluginsConfiguration {

    /** The window plugin's bean. */
    public static final String WINDOW_PLUGIN_BEAN_NAME = "tauriWindowPlugin";

    /** The webview plugin's bean. */
    public static final String WEBVIEW_PLUGIN_BEAN_NAME = "tauriWebviewPlugin";

    /** The path plugin's bean. */
    public static final String PATH_PLUGIN_BEAN_NAME = "tauriPathPlugin";

    /** The app plugin's bean. */
    public static final String APP_PLUGIN_BEAN_NAME = "tauriAppPlugin";

    /** The image plugin's bean. */
    public static final String IMAGE_PLUGIN_BEAN_NAME = "tauriImagePlugin";

    /** The resources plugin's bean. */
    public static final String RESOURCES_PLUGIN_BEAN_NAME = "tauriResourcesPlugin";
}
