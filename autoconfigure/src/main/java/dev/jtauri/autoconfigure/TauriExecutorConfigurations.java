package dev.jtauri.autoconfigure;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import dev.jtauri.async.HandOffExecutor;
import dev.jtauri.async.TauriExecutors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

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

        // Closed with the context, it interrupts the commands still running, as the platform
        // portal's shutdownNow does.
        @Bean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME, destroyMethod = "close",
                defaultCandidate = false)
        @ConditionalOnMissingBean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME)
        SimpleAsyncTaskExecutor tauriPortalExecutor() {
            SimpleAsyncTaskExecutor executor = new VirtualPortalExecutor();
            executor.setVirtualThreads(true);
            executor.setCancelRemainingTasksOnClose(true);
            return executor;
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

    /**
     * A virtual thread per task and no concurrency limit: the caller never runs or waits, so a
     * page's invokes start on it straight from CEF's thread.
     */
    static final class VirtualPortalExecutor extends SimpleAsyncTaskExecutor implements HandOffExecutor {

        VirtualPortalExecutor() {
            super("tauri-portal-");
        }
    }
}
