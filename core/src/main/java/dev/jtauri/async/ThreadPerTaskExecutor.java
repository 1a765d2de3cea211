package dev.jtauri.async;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs each task on a new thread from a factory, and knows its running threads, so that
 * {@link #shutdownNow()} interrupts them as a pool's does. Java 21's
 * {@code Executors.newThreadPerTaskExecutor} in Java 17 terms, for virtual threads.
 */
final class ThreadPerTaskExecutor extends AbstractExecutorService {

    private final ThreadFactory threadFactory;

    private final Set<Thread> running = ConcurrentHashMap.newKeySet();

    // A lock rather than synchronized: callers may be virtual threads, which synchronized pins.
    private final ReentrantLock lock = new ReentrantLock();

    private final Condition allEnded = this.lock.newCondition();

    // Written under "lock"; volatile so the state queries need not take it.
    private volatile boolean shutdown;

    ThreadPerTaskExecutor(ThreadFactory threadFactory) {
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        this.lock.lock();
        try {
            if (this.shutdown) {
                throw new RejectedExecutionException("The executor is shut down");
            }
            Thread thread = this.threadFactory.newThread(() -> run(task));
            if (thread == null) {
                throw new RejectedExecutionException("The thread factory made no thread");
            }
            // Added under the lock, so shutdownNow() cannot miss a thread that is starting.
            this.running.add(thread);
            thread.start();
        }
        finally {
            this.lock.unlock();
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        }
        finally {
            this.lock.lock();
            try {
                this.running.remove(Thread.currentThread());
                this.allEnded.signalAll();
            }
            finally {
                this.lock.unlock();
            }
        }
    }

    @Override
    public void shutdown() {
        stop(false);
    }

    /**
     * Refuse new tasks and interrupt the running ones.
     * @return an empty list: tasks never wait in a queue
     */
    @Override
    public List<Runnable> shutdownNow() {
        stop(true);
        return List.of();
    }

    private void stop(boolean interrupt) {
        this.lock.lock();
        try {
            this.shutdown = true;
            if (interrupt) {
                this.running.forEach(Thread::interrupt);
            }
            this.allEnded.signalAll();
        }
        finally {
            this.lock.unlock();
        }
    }

    @Override
    public boolean isShutdown() {
        return this.shutdown;
    }

    @Override
    public boolean isTerminated() {
        // Once shut down, no thread is added, so an empty set stays empty.
        return this.shutdown && this.running.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = unit.toNanos(timeout);
        this.lock.lock();
        try {
            while (!(this.shutdown && this.running.isEmpty())) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = this.allEnded.awaitNanos(remaining);
            }
            return true;
        }
        finally {
            this.lock.unlock();
        }
    }
}
