package dev.jtauri.async;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DrainingPoolTests {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private DrainingPool pool = new DrainingPool(TauriExecutors.daemonThreads("draining-test-"), 60, TimeUnit.SECONDS);

    @AfterEach
    void stop() throws InterruptedException {
        this.pool.shutdownNow();
        assertThat(this.pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void tasksRunOnThePoolsThreadsNeverTheCallers() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        this.pool.execute(() -> {
            ran.set(Thread.currentThread());
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isNotSameAs(Thread.currentThread());
        assertThat(ran.get().getName()).startsWith("draining-test-");
        assertThat(ran.get().isDaemon()).isTrue();
    }

    @Test
    void aTaskNeverWaitsBehindTasksThatBlock() {
        // Each task blocks until the last one runs: only a thread per task gets there.
        int count = 64;
        CountDownLatch last = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(count - 1);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < count - 1; i++) {
                this.pool.execute(() -> {
                    await(last);
                    released.countDown();
                });
            }
            this.pool.execute(last::countDown);
            assertThat(released.await(20, TimeUnit.SECONDS)).isTrue();
        });
    }

    @Test
    void aBurstFromSeveralThreadsRunsEveryTaskOnce() {
        int producers = 4;
        int perProducer = 50_000;
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(producers * perProducer);
        assertTimeoutPreemptively(LIMIT, () -> {
            Thread[] threads = new Thread[producers];
            for (int p = 0; p < producers; p++) {
                int base = p * perProducer;
                threads[p] = new Thread(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        int id = base + i;
                        this.pool.execute(() -> {
                            seen.add(id);
                            runs.incrementAndGet();
                            done.countDown();
                        });
                    }
                });
                threads[p].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        });
        assertThat(runs.get()).isEqualTo(producers * perProducer);
        assertThat(seen).hasSize(producers * perProducer);
    }

    @Test
    void oneTaskAtATimeWithIdleGapsIsNeverLost() {
        // Each task is queued while the worker goes idle or just after: the wake-up races.
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < 20_000; i++) {
                CountDownLatch done = new CountDownLatch(1);
                this.pool.execute(done::countDown);
                assertThat(done.await(10, TimeUnit.SECONDS)).as("task %d", i).isTrue();
                if (i % 1000 == 0) {
                    Thread.sleep(1);
                }
            }
        });
    }

    @Test
    void workersEndingAtTheirKeepAliveAsTasksArriveLoseNoTask() {
        // A keep-alive as short as the gaps between tasks: a worker times out as it is woken.
        this.pool.shutdownNow();
        this.pool = new DrainingPool(TauriExecutors.daemonThreads("draining-test-"), 100, TimeUnit.MICROSECONDS);
        java.util.Random random = new java.util.Random(42);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < 5_000; i++) {
                CountDownLatch done = new CountDownLatch(2);
                this.pool.execute(done::countDown);
                this.pool.execute(done::countDown);
                assertThat(done.await(10, TimeUnit.SECONDS)).as("tasks of round %d", i).isTrue();
                java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(200_000));
            }
        });
    }

    @Test
    void idleWorkersEndAfterTheKeepAliveAndNewOnesStartForNewWork() throws Exception {
        this.pool.shutdownNow();
        this.pool = new DrainingPool(TauriExecutors.daemonThreads("draining-test-"), 50, TimeUnit.MILLISECONDS);
        CountDownLatch first = new CountDownLatch(1);
        this.pool.execute(first::countDown);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (this.pool.workerCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(this.pool.workerCount()).isZero();
        CountDownLatch second = new CountDownLatch(1);
        this.pool.execute(second::countDown);
        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTasksExceptionGoesToTheHandlerAndTheWorkerGoesOn() throws Exception {
        List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        this.pool.shutdownNow();
        this.pool = new DrainingPool((runnable) -> {
            Thread thread = new Thread(runnable, "draining-test-handled");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, ex) -> reported.add(ex));
            return thread;
        }, 60, TimeUnit.SECONDS);
        AtomicReference<Thread> thrower = new AtomicReference<>();
        this.pool.execute(() -> {
            thrower.set(Thread.currentThread());
            throw new IllegalStateException("boom");
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reported.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(reported).singleElement().satisfies((ex) -> assertThat(ex).hasMessage("boom"));
        CountDownLatch after = new CountDownLatch(1);
        this.pool.execute(after::countDown);
        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thrower.get().isAlive()).as("the worker that ran the failing task").isTrue();
    }

    @Test
    void shutdownLetsQueuedTasksRunAndRefusesNewOnes() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            this.pool.execute(() -> {
                await(gate);
                ran.incrementAndGet();
            });
        }
        this.pool.shutdown();
        assertThat(this.pool.isShutdown()).isTrue();
        assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> this.pool.execute(() -> {
        }));
        assertThat(this.pool.isTerminated()).isFalse();
        gate.countDown();
        assertThat(this.pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isEqualTo(10);
    }

    @Test
    void shutdownNowInterruptsRunningTasks() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        this.pool.execute(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            }
            catch (InterruptedException ex) {
                interrupted.countDown();
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(this.pool.shutdownNow()).isEmpty();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(this.pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(this.pool.workerCount()).isZero();
    }

    @Test
    void aPoolThatCannotStartAThreadRefusesTheTask() {
        this.pool.shutdownNow();
        this.pool = new DrainingPool((runnable) -> null, 60, TimeUnit.SECONDS);
        assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> this.pool.execute(() -> {
        }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
