package dev.jtauri.test.autoconfigure;

import dev.jtauri.autoconfigure.TauriProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code @SpringBootTest}, without {@code @AutoConfigureTauriTestClient}, opens no
 * window and does not hold its thread: jtauri-test on the classpath makes that the default.
 */
@SpringBootTest(properties = { "DISPLAY=:0" })
class TauriTestDefaultsTests {

    @Autowired
    TauriProperties properties;

    @Test
    void windowsWhenNotAskedForShouldStayClosedEvenWithADisplay() {
        assertThat(this.properties.getWebview().isEnabled()).isFalse();
        assertThat(this.properties.getWebview().isAwaitExit()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }
}
