package dev.jtauri.test.autoconfigure;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Test contexts open no window unless asked to: every Spring test context gets
 * {@code tauri.webview.enabled=false} and {@code tauri.webview.await-exit=false} as defaults of
 * the lowest precedence, so a plain {@code @SpringBootTest} on a machine with a display starts
 * and ends like any other. Any explicit setting wins, such as
 * {@code @AutoConfigureTauriTestClient(webview = true)}.
 */
class TauriTestDefaults implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Defaults();
    }

    private static final class Defaults implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("jtauriTestDefaults",
                    Map.of("tauri.webview.enabled", "false", "tauri.webview.await-exit", "false")));
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Defaults;
        }

        @Override
        public int hashCode() {
            return Defaults.class.hashCode();
        }
    }
}
