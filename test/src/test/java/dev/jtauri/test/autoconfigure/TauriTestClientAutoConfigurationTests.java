package dev.jtauri.test.autoconfigure;

import java.util.Map;

import dev.jtauri.TauriCommand;
import dev.jtauri.autoconfigure.TauriAutoConfiguration;
import dev.jtauri.test.TauriTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TauriTestClientAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class, TauriTestClientAutoConfiguration.class))
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=");

    @Test
    void clientWhenWindowsAreOffShouldInvokeCommandsAsThePageMain() {
        this.contextRunner.withPropertyValues("tauri.webview.enabled=false")
            .withUserConfiguration(GreeterConfiguration.class)
            .run((context) -> {
                TauriTestClient client = context.getBean(TauriTestClient.class);
                assertThat(client.label()).isEqualTo("main");
                assertThat(client.invoke("greet", Map.of("name", "Ada")).as(String.class)).isEqualTo("Hello, Ada!");
            });
    }

    @Test
    void clientWhenWindowsAreOnShouldNotBeDefined() {
        this.contextRunner.withPropertyValues("tauri.webview.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(TauriTestClient.class));
    }

    @Test
    void clientWhenUserDefinedShouldBackOff() {
        this.contextRunner.withPropertyValues("tauri.webview.enabled=false")
            .withUserConfiguration(CustomClientConfiguration.class)
            .run((context) -> assertThat(context).getBean(TauriTestClient.class)
                .isSameAs(context.getBean("customClient")));
    }

    @Test
    void clientWhenTheContextClosesShouldDisconnect() {
        TauriTestClient[] client = new TauriTestClient[1];
        this.contextRunner.withPropertyValues("tauri.webview.enabled=false")
            .run((context) -> client[0] = context.getBean(TauriTestClient.class));
        assertThat(client[0].isOpen()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class GreeterConfiguration {

        @Bean
        Greeter greeter() {
            return new Greeter();
        }
    }

    static class Greeter {

        @TauriCommand
        String greet(String name) {
            return "Hello, " + name + "!";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomClientConfiguration {

        @Bean(destroyMethod = "close")
        TauriTestClient customClient(dev.jtauri.runtime.TauriRuntime runtime) {
            return TauriTestClient.connect(runtime, "custom");
        }
    }
}
