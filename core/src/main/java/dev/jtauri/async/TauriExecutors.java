package dev.jtauri.async;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread pools jtauri runs on when nobody supplies their own. All threads are daemon
 * threads, named after their role, so a thread dump tells portal work from blocking work and
 * event delivery, and no pool keeps the JVM alive.
 */
public final class TauriExecutors {

    private static final long KEEP_ALIVE_SECONDS = 60;

    private TauriExecutors() {
    }

    /**
     * The portal's threads: a pool that grows with demand and shrinks when idle. It is
     * unbounded on purpose: commands are ordinary Java methods that may block, and a bounded
     * portal whose threads all wait on each other (a command waiting for an event whose
     * listener needs the portal) would deadlock.
     * @return a new executor with threads named {@code tauri-portal-N}
     */
    public static ExecutorService portal() {
        return daemonPool("tauri-portal-");
    }

    /**
     * The blocking workers of {@link AsyncTools#toAsync}: at most {@code maxThreads} at once,
     * the rest queued, as anyio's default thread limiter does.
     * @param maxThreads the most blocking functions that run at once
     * @return a new executor with threads named {@code tauri-blocking-N}
     */
    public static ExecutorService blockingWorkers(int maxThreads) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, was " + maxThreads);
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxThreads, maxThreads, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads("tauri-blocking-"));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * The threads Java event listeners run on. Unbounded like the portal, so any number of
     * listeners may block at once (waiting on the portal through {@link AsyncTools#toSync}, say)
     * without starving the others.
     * @return a new executor with threads named {@code tauri-event-N}
     */
    public static ExecutorService eventDelivery() {
        return daemonPool("tauri-event-");
    }

    /**
     * A pool of daemon threads that grows with demand and shrinks when idle, for infrastructure
     * work such as reading files for a webview. It is a {@link HandOffExecutor}: a task is queued
     * for a thread of the pool, woken or started when none is looking for work, and never run by
     * the caller ({@link DrainingPool}).
     * @param prefix the threads' name prefix
     * @return a new executor
     */
    public static ExecutorService daemonPool(String prefix) {
        return new DrainingPool(daemonThreads(prefix), KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A factory of daemon threads named with a prefix and a counter.
     * @param prefix the name prefix, such as {@code tauri-portal-}
     * @return the factory
     */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
