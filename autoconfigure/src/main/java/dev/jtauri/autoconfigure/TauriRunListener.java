package dev.jtauri.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Holds the main thread while the app's windows are open, once the application is ready: after
 * {@code ApplicationReadyEvent} has been published and every runner has run, so that listeners
 * and runners of the app do not wait for the app to end. This is where
 * {@code SpringApplication.run} returns from when the app ends, as PyTauri's
 * {@code run_return} does.
 */
public class TauriRunListener implements SpringApplicationRunListener, Ordered {

    /**
     * Created by Spring Boot for each {@link SpringApplication} run.
     * @param application the application
     * @param args its arguments
     */
    public TauriRunListener(SpringApplication application, String[] args) {
    }

    @Override
    public void ready(ConfigurableApplicationContext context, @Nullable Duration timeTaken) {
        TauriApplicationRunner runner = context.getBeanProvider(TauriApplicationRunner.class).getIfUnique();
        if (runner == null) {
            return;
        }
        try {
            runner.awaitExit();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
