package dev.jtauri.autoconfigure.test;

import dev.jtauri.autoconfigure.TauriAutoConfiguration;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.test.TauriTestClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link TauriTestClient} bean that {@link AutoConfigureTauriTestClient} imports. It
 * connects as the page labelled {@value TauriTestClient#DEFAULT_LABEL} and disconnects when the
 * context closes.
 */
@AutoConfiguration(after = TauriAutoConfiguration.class)
@ConditionalOnBean(TauriRuntime.class)
public final class TauriTestClientAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    TauriTestClient tauriTestClient(TauriRuntime runtime) {
        return TauriTestClient.connect(runtime);
    }
}
