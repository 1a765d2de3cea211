package dev.jtauri.test.autoconfigure;

import dev.jtauri.autoconfigure.TauriAutoConfiguration;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.test.TauriTestClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link TauriTestClient} bean that {@link AutoConfigureTauriTestClient} imports, when
 * windows are off. It connects as the page labelled {@value TauriTestClient#DEFAULT_LABEL} (the
 * label the main window would have) and disconnects when the context closes. With windows on,
 * connect a client under another label yourself.
 */
@AutoConfiguration(after = TauriAutoConfiguration.class)
@ConditionalOnBean(TauriRuntime.class)
@ConditionalOnBooleanProperty(name = "tauri.webview.enabled", havingValue = false)
public final class TauriTestClientAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    TauriTestClient tauriTestClient(TauriRuntime runtime) {
        return TauriTestClient.connect(runtime);
    }
}
