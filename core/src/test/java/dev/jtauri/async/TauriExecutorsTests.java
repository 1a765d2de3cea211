package dev.jtauri.async;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TauriExecutorsTests {

    private final ExecutorService threadPerTask = TauriExecutors.threadPerTask(TauriExecutors.daemonThreads("per-task-"));

    @AfterEach
    void shutdown() {
        this.threadPerTask.shutdownNow();
    }

    @Test
    void threadPerTaskRunsEachTaskOnAThreadOfTheFactory() throws Exception {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(),
                this.threadPerTask);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(),
                this.threadPerTask);
        assertThat(first.get(5, TimeUnit.SECONDS)).startsWith("per-task-");
        assertThat(second.get(5, TimeUnit.SECONDS)).startsWith("per-task-").isNotEqualTo(first.get());
    }

    @Test
    void threadPerTaskShutdownNowInterruptsTheRunningTasksAndTerminates() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> interrupted = new CompletableFuture<>();
        this.threadPerTask.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            }
            catch (InterruptedException ex) {
                interrupted.complete(null);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(this.threadPerTask.isTerminated()).isFalse();
        this.threadPerTask.shutdownNow();
        assertThat(interrupted).succeedsWithin(Duration.ofSeconds(5));
        assertThat(this.threadPerTask.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(this.threadPerTask.isTerminated()).isTrue();
    }

    @Test
    void threadPerTaskShutdownLetsRunningTasksFinishAndRefusesNewOnes() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            try {
                release.await();
                return "finished";
            }
            catch (InterruptedException ex) {
                return "interrupted";
            }
        }, this.threadPerTask);
        this.threadPerTask.shutdown();
        assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> this.threadPerTask.execute(() -> { }));
        assertThat(this.threadPerTask.awaitTermination(50, TimeUnit.MILLISECONDS)).isFalse();
        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("finished");
        assertThat(this.threadPerTask.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
}
