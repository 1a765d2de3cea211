package dev.jtauri.async;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BlockingPortalTests {

    private final ExecutorService executor = TauriExecutors.portal();

    private final BlockingPortal portal = new BlockingPortal(this.executor);

    @AfterEach
    void shutdown() {
        this.executor.shutdownNow();
    }

    @Test
    void callRunsTheTaskOnAPortalThreadAndReturnsItsResult() {
        String thread = this.portal.call(() -> Thread.currentThread().getName());
        assertThat(thread).startsWith("tauri-portal-");
    }

    @Test
    void callRethrowsACheckedExceptionWithItsOwnType() {
        IOException failure = new IOException("disk gone");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> this.portal.call(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void callRethrowsAnUncheckedExceptionWithItsOwnType() {
        IllegalArgumentException failure = new IllegalArgumentException("bad");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.portal.call(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void callOnAPortalThreadFailsAtOnceWithAMessageThatSaysWhatToDo() {
        CompletableFuture<String> nested = this.portal.startTaskSoon(() -> this.portal.call(() -> "never"));
        assertThat(nested).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .havingCause()
            .isInstanceOf(IllegalStateException.class)
            .withMessageContaining("BlockingPortal.call() was called on a portal thread (tauri-portal-")
            .withMessageContaining("call the function directly, or return a CompletionStage");
    }

    @Test
    void startTaskSoonIsAllowedOnAPortalThread() {
        String inner = this.portal.startTaskSoon(() -> this.portal.startTaskSoon(() -> "inner").get()).join();
        assertThat(inner).isEqualTo("inner");
    }

    @Test
    void isPortalThreadIsTrueOnlyInsidePortalTasks() {
        assertThat(this.portal.isPortalThread()).isFalse();
        assertThat(this.portal.call(this.portal::isPortalThread)).isTrue();
        assertThat(new BlockingPortal(this.executor).call(this.portal::isPortalThread)).isFalse();
    }

    @Test
    void executorViewCountsAsPortalWork() {
        CompletableFuture<Boolean> onPortal = CompletableFuture.supplyAsync(this.portal::isPortalThread,
                this.portal.executor());
        assertThat(onPortal.join()).isTrue();
    }

    @Test
    void aContinuationTheExecutorRefusesFailsItsStageInsteadOfHanging() {
        ExecutorService refusing = TauriExecutors.portal();
        refusing.shutdown();
        CompletableFuture<String> stage = CompletableFuture.completedFuture("x")
            .thenApplyAsync(String::toUpperCase, new BlockingPortal(refusing).executor());
        assertThat(stage).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void stopMakesEveryLaterCallFail() {
        this.portal.stop();
        assertThat(this.portal.isStopped()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> this.portal.call(() -> 1))
            .withMessageContaining("stopped");
        assertThatIllegalStateException().isThrownBy(() -> this.portal.startTaskSoon(() -> 1))
            .withMessageContaining("stopped");
    }

    @Test
    void interruptedCallerCancelsTheTaskAndKeepsItsInterruptFlag() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch taskInterrupted = new CountDownLatch(1);
        AtomicReference<Throwable> callerSaw = new AtomicReference<>();
        AtomicReference<Boolean> flagKept = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                this.portal.call(() -> {
                    started.countDown();
                    try {
                        Thread.sleep(60_000);
                    }
                    catch (InterruptedException ex) {
                        taskInterrupted.countDown();
                    }
                    return null;
                });
            }
            catch (Throwable ex) {
                callerSaw.set(ex);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(5000);
        assertThat(callerSaw.get()).isInstanceOf(CancellationException.class);
        assertThat(flagKept.get()).isTrue();
        assertThat(taskInterrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRejectedTaskFailsItsFutureInsteadOfThrowing() {
        this.executor.shutdownNow();
        CompletableFuture<Integer> future = this.portal.startTaskSoon(() -> 1);
        assertThat(future).isCompletedExceptionally();
    }
}
