package dev.jtauri.async;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import ch.qos.logback.classic.Level;
import dev.jtauri.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class AsyncToolsTests {

    private final ExecutorService portalThreads = TauriExecutors.portal();

    private final ExecutorService blockingWorkers = TauriExecutors.blockingWorkers(4);

    private final BlockingPortal portal = new BlockingPortal(this.portalThreads);

    private final AsyncTools asyncTools = new AsyncTools(this.portal, this.blockingWorkers, Duration.ofSeconds(2));

    @AfterEach
    void shutdown() {
        this.asyncTools.close();
        this.portalThreads.shutdownNow();
        this.blockingWorkers.shutdownNow();
    }

    @Test
    void toSyncRunsTheAsyncFunctionOnThePortalAndWaitsForItsStage() {
        SyncFunction<String, String> shout = this.asyncTools.toSync((String text) -> CompletableFuture.supplyAsync(
                () -> text.toUpperCase() + " on " + (this.portal.isPortalThread() ? "portal" : "elsewhere"),
                this.portal.executor()));
        assertThat(shout.apply("hi")).isEqualTo("HI on portal");
    }

    @Test
    void toSyncRethrowsTheAsyncFunctionsOwnCheckedException() {
        IOException failure = new IOException("gone");
        SyncFunction<String, String> failing = this.asyncTools.toSync((String text) -> CompletableFuture.failedFuture(failure));
        Throwable thrown = catchThrowable(() -> failing.apply("x"));
        assertThat(thrown).isSameAs(failure);
    }

    @Test
    void toSyncRethrowsAnExceptionThrownBeforeTheStageExists() {
        IllegalArgumentException failure = new IllegalArgumentException("bad input");
        SyncFunction<String, String> failing = this.asyncTools.toSync((String text) -> {
            throw failure;
        });
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> failing.apply("x")).isSameAs(failure);
    }

    @Test
    void toSyncFunctionCalledOnThePortalFailsAtOnce() {
        SyncFunction<String, String> echo = this.asyncTools.toSync(CompletableFuture::completedFuture);
        CompletableFuture<String> onPortal = this.portal.startTaskSoon(() -> echo.apply("x"));
        assertThat(onPortal).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .havingCause()
            .withMessageContaining("AsyncTools.toSync() was called on a portal thread");
    }

    @Test
    void toSyncIsAConsumerForSynchronousCallbacks() {
        AtomicInteger received = new AtomicInteger();
        java.util.function.Consumer<Integer> callback = this.asyncTools.toSync((Integer value) -> {
            received.addAndGet(value);
            return CompletableFuture.completedFuture(null);
        });
        callback.accept(42);
        assertThat(received).hasValue(42);
    }

    @Test
    void anInterruptedToSyncCallerInterruptsThePortalTask() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch taskInterrupted = new CountDownLatch(1);
        SyncFunction<String, String> slow = this.asyncTools.toSync((String text) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            }
            catch (InterruptedException ex) {
                taskInterrupted.countDown();
            }
            return CompletableFuture.completedFuture(text);
        });
        Thread caller = new Thread(() -> {
            try {
                slow.apply("x");
            }
            catch (RuntimeException expected) {
                // CancellationException
            }
        });
        caller.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        assertThat(taskInterrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void toAsyncRunsOnABlockingWorkerNeverOnThePortal() {
        Function<Duration, CompletableFuture<String>> slow = this.asyncTools.toAsync((Duration pause) -> {
            Thread.sleep(pause.toMillis());
            return Thread.currentThread().getName() + (this.portal.isPortalThread() ? " portal" : "");
        });
        String thread = this.portal.startTaskSoon(() -> slow.apply(Duration.ofMillis(10)).join()).join();
        assertThat(thread).startsWith("tauri-blocking-").doesNotContain("portal");
    }

    @Test
    void toAsyncFailsItsFutureWithTheFunctionsOwnException() {
        IOException failure = new IOException("read failed");
        Function<String, CompletableFuture<String>> failing = this.asyncTools.toAsync((String path) -> {
            throw failure;
        });
        assertThat(failing.apply("/x")).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(ExecutionException.class)
            .withCause(failure);
    }

    @Test
    void taskGroupRunsBackgroundTasksOnThePortal() throws Exception {
        CompletableFuture<Boolean> ranOnPortal = new CompletableFuture<>();
        this.asyncTools.taskGroup().startSoon(() -> ranOnPortal.complete(this.portal.isPortalThread()));
        assertThat(ranOnPortal.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingCancelsAnEndlessTaskAndWaitsForItToEnd() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(1);
        this.asyncTools.taskGroup().startSoon("ticker", () -> {
            try {
                while (true) {
                    ticks.incrementAndGet();
                    Thread.sleep(10);
                }
            }
            finally {
                ended.countDown();
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> ticks.get() > 2);
        try (LogCapture log = new LogCapture(TaskGroup.class)) {
            assertThat(this.asyncTools.taskGroup().close(Duration.ofSeconds(5))).isTrue();
            assertThat(ended.getCount()).isZero();
            assertThat(this.asyncTools.taskGroup().runningCount()).isZero();
            assertThat(log.at(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void closingGivesUpOnATaskThatIgnoresInterruptsAfterTheTimeoutAndNamesIt() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        this.asyncTools.taskGroup().startSoon("stubborn", () -> {
            started.countDown();
            while (release.getCount() > 0) {
                try {
                    release.await();
                }
                catch (InterruptedException ignored) {
                    // ignores cancellation on purpose
                }
            }
        });
        try (LogCapture log = new LogCapture(TaskGroup.class)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> started.getCount() == 0);
            long start = System.nanoTime();
            assertThat(this.asyncTools.taskGroup().close(Duration.ofMillis(200))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(log.at(Level.WARN)).singleElement()
                .satisfies((event) -> assertThat(event.getFormattedMessage()).contains("'stubborn'").contains("did not stop"));
        }
        finally {
            release.countDown();
        }
    }

    @Test
    void aFailingTaskIsLoggedWithItsStackAndTheOthersGoOn() throws Exception {
        CountDownLatch otherRan = new CountDownLatch(1);
        try (LogCapture log = new LogCapture(TaskGroup.class)) {
            this.asyncTools.taskGroup().startSoon("broken", () -> {
                throw new IOException("boom");
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> !log.at(Level.ERROR).isEmpty());
            this.asyncTools.taskGroup().startSoon("healthy", otherRan::countDown);
            assertThat(otherRan.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(log.at(Level.ERROR)).singleElement().satisfies((event) -> {
                assertThat(event.getFormattedMessage()).isEqualTo("Background task 'broken' failed");
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo("boom");
            });
        }
    }

    @Test
    void startSoonAfterCloseFailsNamingTheTask() {
        this.asyncTools.close();
        assertThatIllegalStateException()
            .isThrownBy(() -> this.asyncTools.taskGroup().startSoon("late", () -> { }))
            .withMessageContaining("'late' was not started");
    }

    @Test
    void theSeedsBackgroundLoopCompilesAsWritten() throws Exception {
        CountDownLatch twoTicks = new CountDownLatch(2);
        // A task may throw checked exceptions, so the loop needs no try/catch.
        this.asyncTools.taskGroup().startSoon(() -> {
            while (true) {
                twoTicks.countDown();
                Thread.sleep(5);
            }
        });
        assertThat(twoTicks.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(this.asyncTools.taskGroup().close(Duration.ofSeconds(5))).isTrue();
    }
}
