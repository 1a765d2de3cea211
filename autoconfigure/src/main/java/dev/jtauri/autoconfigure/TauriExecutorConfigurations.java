package dev.jtauri.autoconfigure;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import dev.jtauri.async.TauriExecutors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The executors jtauri runs on, each replaceable by a bean of the same name. They are not
 * default candidates for injection by type, so they never compete with the application's own
 * {@link Executor} beans (Spring Boot's {@code applicationTaskExecutor}, say).
 */
final class TauriExecutorConfigurations {

    private TauriExecutorConfigurations() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnThreading(Threading.PLATFORM)
    static class PlatformPortalExecutorConfiguration {

        @Bean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME, destroyMethod = "shutdownNow",
                defaultCandidate = false)
        @ConditionalOnMissingBean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME)
        ExecutorService tauriPortalExecutor() {
            return TauriExecutors.portal();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnThreading(Threading.VIRTUAL)
    static class VirtualPortalExecutorConfiguration {

        // A thread per task, as SimpleAsyncTaskExecutor would run them, but one whose shutdownNow
        // interrupts the running commands when the context closes, as the platform portal's does.
        @Bean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME, destroyMethod = "shutdownNow",
                defaultCandidate = false)
        @ConditionalOnMissingBean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME)
        ExecutorService tauriPortalExecutor() {
            return TauriExecutors.threadPerTask(new VirtualThreadTaskExecutor("tauri-portal-").getVirtualThreadFactory());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BlockingExecutorConfiguration {

        @Bean(name = TauriAutoConfiguration.BLOCKING_EXECUTOR_BEAN_NAME, destroyMethod = "shutdownNow",
                defaultCandidate = false)
        @ConditionalOnMissingBean(name = TauriAutoConfiguration.BLOCKING_EXECUTOR_BEAN_NAME)
        ExecutorService tauriBlockingExecutor(TauriProperties properties) {
            return TauriExecutors.blockingWorkers(properties.getAsync().getBlocking().getMaxThreads());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EventExecutorConfiguration {

        @Bean(name = TauriAutoConfiguration.EVENT_EXECUTOR_BEAN_NAME, destroyMethod = "shutdownNow",
                defaultCandidate = false)
        @ConditionalOnMissingBean(name = TauriAutoConfiguration.EVENT_EXECUTOR_BEAN_NAME)
        ExecutorService tauriEventExecutor() {
            return TauriExecutors.eventDelivery();
        }
    }
}
