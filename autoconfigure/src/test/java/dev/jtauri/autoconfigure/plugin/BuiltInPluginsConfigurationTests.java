package dev.jtauri.autoconfigure.plugin;

import java.util.List;

import dev.jtauri.TauriCommand;
import dev.jtauri.autoconfigure.TauriAutoConfiguration;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.runtime.TauriRuntime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInPluginsConfigurationTests {

    // No display: these contexts must never start CEF, whatever the machine has.
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=");

    @Test
    void pathPluginWhenNothingIsSetShouldBeServed() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME);
            assertThat(pluginNames(context.getBean(TauriRuntime.class))).contains("path");
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:path|resolve_directory")).isPresent();
        });
    }

    @Test
    void appPluginWhenNothingIsSetShouldBeServed() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:app|version")).isPresent();
        });
    }

    @Test
    void pathPluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.path.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:path|join")).isEmpty();
        });
    }

    @Test
    void appPluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.app.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:app|name")).isEmpty();
        });
    }

    @Test
    void pathPluginWhenUserDefinesOneShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomPathPluginConfiguration.class).run((context) -> {
            assertThat(context.getBean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME))
                .isSameAs(context.getBean(CustomPathPluginConfiguration.class).plugin);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:path|home")).isPresent();
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:path|join")).isEmpty();
        });
    }

    @Test
    void appPluginWhenUserDefinesOneShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomAppPluginConfiguration.class).run((context) -> {
            assertThat(context.getBean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME))
                .isSameAs(context.getBean(CustomAppPluginConfiguration.class).plugin);
        });
    }

    @Test
    void imagePluginWhenNothingIsSetShouldBeServed() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:image|from_bytes")).isPresent();
        });
    }

    @Test
    void resourcesPluginWhenNothingIsSetShouldBeServed() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:resources|close")).isPresent();
        });
    }

    @Test
    void imagePluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.image.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:image|new")).isEmpty();
        });
    }

    @Test
    void resourcesPluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.resources.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:resources|close")).isEmpty();
        });
    }

    @Test
    void imagePluginWhenUserDefinesOneShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomImagePluginConfiguration.class).run((context) -> {
            assertThat(context.getBean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME))
                .isSameAs(context.getBean(CustomImagePluginConfiguration.class).plugin);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:image|home")).isPresent();
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:image|new")).isEmpty();
        });
    }

    @Test
    void resourcesPluginWhenUserDefinesOneShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomResourcesPluginConfiguration.class).run((context) -> {
            assertThat(context.getBean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME))
                .isSameAs(context.getBean(CustomResourcesPluginConfiguration.class).plugin);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:resources|close")).isEmpty();
        });
    }

    @Test
    void windowAndWebviewPluginsWhenNothingIsSetShouldBeServed() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasBean(BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.WEBVIEW_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:window|set_title")).isPresent();
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:webview|create_webview_window"))
                .isPresent();
        });
    }

    @Test
    void windowPluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.window.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME)
                .hasBean(BuiltInPluginsConfiguration.WEBVIEW_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:window|title")).isEmpty();
        });
    }

    @Test
    void webviewPluginWhenDisabledShouldNotBeServed() {
        this.contextRunner.withPropertyValues("tauri.plugins.webview.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(BuiltInPluginsConfiguration.WEBVIEW_PLUGIN_BEAN_NAME);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:webview|get_all_webviews")).isEmpty();
        });
    }

    @Test
    void windowPluginWhenUserDefinesOneShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomWindowPluginConfiguration.class).run((context) -> {
            assertThat(context.getBean(BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME))
                .isSameAs(context.getBean(CustomWindowPluginConfiguration.class).plugin);
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:window|home")).isPresent();
            assertThat(context.getBean(TauriRuntime.class).commands().find("plugin:window|set_title")).isEmpty();
        });
    }

    @Test
    void windowPluginWhenSwitchedOffShouldFailACapabilityThatNamesItSayingSo() {
        this.contextRunner.withPropertyValues("tauri.plugins.window.enabled=false",
                "tauri.app.security.capabilities[0].windows=main",
                "tauri.app.security.capabilities[0].permissions=core:window:allow-set-title")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("core:window:allow-set-title")
                .hasMessageContaining("tauri.plugins.window.enabled=false"));
    }

    private static List<String> pluginNames(TauriRuntime runtime) {
        return runtime.plugins().stream().map(TauriPlugin::name).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomWindowPluginConfiguration {

        final TauriPlugin plugin = TauriPlugin.builder("window").builtIn().commands(new HomeOnly()).build();

        @Bean(BuiltInPluginsConfiguration.WINDOW_PLUGIN_BEAN_NAME)
        TauriPlugin tauriWindowPlugin() {
            return this.plugin;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomPathPluginConfiguration {

        final TauriPlugin plugin = TauriPlugin.builder("path").builtIn().commands(new HomeOnly()).build();

        @Bean(BuiltInPluginsConfiguration.PATH_PLUGIN_BEAN_NAME)
        TauriPlugin tauriPathPlugin() {
            return this.plugin;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomAppPluginConfiguration {

        final TauriPlugin plugin = TauriPlugin.builder("app").builtIn().commands(new HomeOnly()).build();

        @Bean(BuiltInPluginsConfiguration.APP_PLUGIN_BEAN_NAME)
        TauriPlugin tauriAppPlugin() {
            return this.plugin;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomImagePluginConfiguration {

        final TauriPlugin plugin = TauriPlugin.builder("image").builtIn().commands(new HomeOnly()).build();

        @Bean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME)
        TauriPlugin tauriImagePlugin() {
            return this.plugin;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomResourcesPluginConfiguration {

        final TauriPlugin plugin = TauriPlugin.builder("resources").builtIn().commands(new HomeOnly()).build();

        @Bean(BuiltInPluginsConfiguration.RESOURCES_PLUGIN_BEAN_NAME)
        TauriPlugin tauriResourcesPlugin() {
            return this.plugin;
        }
    }

    static class HomeOnly {

        @TauriCommand
        String home() {
            return "/home";
        }
    }
}
