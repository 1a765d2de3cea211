package dev.jtauri.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code SpringApplication.run} of a windowed app, as {@code main} calls it.
 */
class TauriRunListenerTests {

    @Test
    void runReturnsWhenTheAppEndsAfterTheApplicationWasReadyAndExitGivesTheAppsCode() {
        SpringApplication application = new SpringApplication(WindowedApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(java.util.Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""));
        List<String> timeline = new ArrayList<>();
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> timeline.add("ready"));
        WindowedApp.timeline = timeline;
        ConfigurableApplicationContext context = application.run();
        timeline.add("run returned");
        assertThat(timeline).containsExactly("windows opened", "ready", "awaited the app's end", "run returned");
        assertThat(SpringApplication.exit(context)).isEqualTo(7);
    }

    @Test
    void anAppWithoutANameIsNamedAfterItsMainClass() {
        SpringApplication application = new SpringApplication(UnnamedApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setMainApplicationClass(UnnamedApp.class);
        application.setDefaultProperties(java.util.Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""));
        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(AppNames.of(context.getBean(TauriProperties.class), context.getEnvironment()))
                .isEqualTo(UnnamedApp.class.getName());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TauriAutoConfiguration.class)
    static class UnnamedApp {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TauriAutoConfiguration.class)
    static class WindowedApp {

        static List<String> timeline;

        @Bean
        WebviewHost recordingHost() {
            return new WebviewHost() {

                @Override
                public void open(TauriRuntime runtime, List<WindowOptions> windows) {
                    timeline.add("windows opened");
                }

                @Override
                public int awaitExit() {
                    timeline.add("awaited the app's end");
                    return 7;
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
