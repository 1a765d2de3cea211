package dev.jtauri.autoconfigure;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.jtauri.TauriCommand;
import dev.jtauri.runtime.TauriRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on virtual threads, which only exist from Java 21: the build runs these tests on a
 * Java 25 runtime when one is installed (the {@code virtual-threads-on-java-25} profile).
 */
@EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "virtual threads need Java 21; run on Java 25 by the build")
class VirtualThreadPortalTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=", "spring.threads.virtual.enabled=true");

    @Test
    void portalExecutorWhenVirtualThreadsAreEnabledShouldRunCommandsOnNamedVirtualThreads() {
        this.contextRunner.withUserConfiguration(BlockingConfiguration.class).run((context) -> {
            TauriRuntime runtime = context.getBean(TauriRuntime.class);
            assertThat(Invocations.result(runtime, "threadName", Map.of(), String.class)).startsWith("tauri-portal-");
            assertThat(Invocations.result(runtime, "isVirtual", Map.of(), Boolean.class)).isTrue();
        });
    }

    @Test
    void portalExecutorWhenTheContextClosesShouldInterruptRunningCommands() throws Exception {
        BlockingCommands commands = new BlockingCommands();
        this.contextRunner.withBean(BlockingCommands.class, () -> commands).run((context) -> {
            Invocations.invokeAsync(context.getBean(TauriRuntime.class), "main", "block", Map.of());
            assertThat(commands.started.await(5, TimeUnit.SECONDS)).isTrue();
        });
        assertThat(commands.interrupted).succeedsWithin(java.time.Duration.ofSeconds(5));
    }

    @Configuration(proxyBeanMethods = false)
    static class BlockingConfiguration {

        @Bean
        BlockingCommands blockingCommands() {
            return new BlockingCommands();
        }
    }

    static class BlockingCommands {

        final CountDownLatch started = new CountDownLatch(1);

        final CompletableFuture<Void> interrupted = new CompletableFuture<>();

        @TauriCommand
        public String threadName() {
            return Thread.currentThread().getName();
        }

        @TauriCommand
        public boolean isVirtual() throws Exception {
            return (boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
        }

        @TauriCommand
        public void block() {
            this.started.countDown();
            try {
                Thread.sleep(60_000);
            }
            catch (InterruptedException ex) {
                this.interrupted.complete(null);
            }
        }
    }
}
