package dev.jtauri.sample;

import dev.jtauri.AppHandle;
import dev.jtauri.autoconfigure.TauriProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test a new Spring Boot project starts with: it must start and end, display or not,
 * without opening a window.
 */
@SpringBootTest
class PlainSpringBootTests {

    @Autowired
    TauriProperties properties;

    @Autowired
    AppHandle app;

    @Test
    void contextLoadsWithoutOpeningAWindow() {
        assertThat(this.properties.getWebview().isEnabled()).isFalse();
        assertThat(this.properties.getWebview().isAwaitExit()).isFalse();
        assertThat(this.app.webviewWindows()).isEmpty();
    }
}
