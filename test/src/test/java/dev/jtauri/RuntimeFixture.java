package dev.jtauri;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import dev.jtauri.async.AsyncTools;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.test.TauriTestClient;

/**
 * A runtime wired as the starter wires it, without Spring: portal, blocking workers, event
 * threads, AsyncTools as state, and a test client connected as page "main".
 */
public final class RuntimeFixture implements AutoCloseable {

    public final ExecutorService portalThreads = TauriExecutors.portal();

    public final ExecutorService blockingWorkers = TauriExecutors.blockingWorkers(4);

    public final ExecutorService eventThreads = TauriExecutors.eventDelivery();

    public final BlockingPortal portal = new BlockingPortal(this.portalThreads);

    public final AsyncTools asyncTools = new AsyncTools(this.portal, this.blockingWorkers, Duration.ofSeconds(2));

    public final TauriRuntime runtime;

    public final TauriTestClient client;

    private RuntimeFixture(java.util.function.Consumer<TauriRuntime.Builder> customizer, Object... commandBeans) {
        TauriRuntime.Builder builder = TauriRuntime.builder(this.portal).eventExecutor(this.eventThreads);
        customizer.accept(builder);
        this.runtime = builder.build();
        this.runtime.appHandle().manage(this.asyncTools);
        for (Object bean : commandBeans) {
            this.runtime.commands().registerAll(bean);
        }
        this.client = TauriTestClient.connect(this.runtime).timeout(Duration.ofSeconds(5));
    }

    public static RuntimeFixture start(Object... commandBeans) {
        return new RuntimeFixture((builder) -> { }, commandBeans);
    }

    public static RuntimeFixture start(java.util.function.Consumer<TauriRuntime.Builder> customizer,
            Object... commandBeans) {
        return new RuntimeFixture(customizer, commandBeans);
    }

    public static RuntimeFixture withMaxPayload(long maxPayloadSize, Object... commandBeans) {
        return new RuntimeFixture((builder) -> builder.maxPayloadSize(maxPayloadSize), commandBeans);
    }

    public AppHandle app() {
        return this.runtime.appHandle();
    }

    /**
     * Wait until every event already emitted has reached its Java listeners: the delivery threads
     * stop taking new work and finish what is queued. Emit nothing afterwards.
     */
    public void awaitDeliveries() throws InterruptedException {
        this.eventThreads.shutdown();
        if (!this.eventThreads.awaitTermination(5, TimeUnit.SECONDS)) {
            throw new AssertionError("Event deliveries still running after 5 s");
        }
    }

    @Override
    public void close() {
        this.client.close();
        this.asyncTools.close();
        this.portal.stop();
        this.portalThreads.shutdownNow();
        this.blockingWorkers.shutdownNow();
        this.eventThreads.shutdownNow();
    }
}
