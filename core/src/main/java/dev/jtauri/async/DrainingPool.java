package dev.jtauri.async;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An unbounded pool of daemon threads for tasks that may block, in which a task costs its
 * submitter no thread wake-up while a worker is already looking for work.
 *
 * <p>Tasks wait in one queue. A worker that is not running a task is either searching the queue
 * or parked. A submitter wakes a parked worker, or starts a new one, only when no worker is
 * searching; a worker that takes a task and leaves others queued with nobody searching wakes
 * another before it runs its own. So a queued task always has a worker on its way and never
 * waits behind a task that blocks, and a burst of tasks costs a few wake-ups, not one each (a
 * {@code SynchronousQueue} pool pays one per task, on the submitter's thread: for the portal,
 * CEF's UI thread).
 *
 * <p>Workers parked longer than the keep-alive end. {@link #shutdown} lets queued tasks run;
 * {@link #shutdownNow} interrupts running ones and returns the queued ones. A task's exception
 * goes to the thread's uncaught-exception handler, and the worker goes on.
 */
final class DrainingPool extends AbstractExecutorService implements HandOffExecutor {

    private static final int RUNNING = 0;

    private static final int SHUTDOWN = 1;

    private static final int STOP = 2;

    private final ThreadFactory threads;

    private final long keepAliveNanos;

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    // Workers awake and not running a task, and parked ones already told to wake.
    private final AtomicInteger searching = new AtomicInteger();

    // Most recently parked first: its stack and caches are the warmest.
    private final ConcurrentLinkedDeque<Worker> parked = new ConcurrentLinkedDeque<>();

    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();

    private volatile int state = RUNNING;

    DrainingPool(ThreadFactory threads, long keepAlive, TimeUnit unit) {
        this.threads = threads;
        this.keepAliveNanos = unit.toNanos(keepAlive);
    }

    @Override
    public void execute(Runnable task) {
        if (this.state != RUNNING) {
            throw new RejectedExecutionException("The pool is shut down");
        }
        this.tasks.add(task);
        // Read after the task is queued: a worker that stops searching re-checks the queue after.
        if (this.searching.get() == 0 && !signalWork() && this.tasks.remove(task)) {
            throw new RejectedExecutionException("No thread could be started for the task");
        }
    }

    /** Wake a parked worker, or start one: it counts as searching from now. */
    private boolean signalWork() {
        this.searching.incrementAndGet();
        Worker sleeper = this.parked.pollFirst();
        if (sleeper != null) {
            sleeper.wake();
            return true;
        }
        if (this.state != STOP && startWorker()) {
            return true;
        }
        this.searching.decrementAndGet();
        return false;
    }

    private boolean startWorker() {
        Worker worker = new Worker();
        try {
            Thread thread = this.threads.newThread(worker);
            if (thread == null) {
                return false;
            }
            worker.thread = thread;
            this.workers.add(worker);
            thread.start();
            return true;
        }
        catch (RuntimeException | OutOfMemoryError ex) {
            this.workers.remove(worker);
            return false;
        }
    }

    /** For tests: the live workers. */
    int workerCount() {
        return this.workers.size();
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            if (this.state == RUNNING) {
                this.state = SHUTDOWN;
            }
        }
        wakeAllParked();
        tryTerminate();
    }

    @Override
    public List<Runnable> shutdownNow() {
        synchronized (this) {
            this.state = STOP;
        }
        List<Runnable> unrun = new ArrayList<>();
        for (Runnable task = this.tasks.poll(); task != null; task = this.tasks.poll()) {
            unrun.add(task);
        }
        for (Worker worker : this.workers) {
            Thread thread = worker.thread;
            if (thread != null) {
                thread.interrupt();
            }
        }
        wakeAllParked();
        tryTerminate();
        return unrun;
    }

    private void wakeAllParked() {
        for (Worker sleeper = this.parked.pollFirst(); sleeper != null; sleeper = this.parked.pollFirst()) {
            this.searching.incrementAndGet();
            sleeper.wake();
        }
    }

    @Override
    public boolean isShutdown() {
        return this.state != RUNNING;
    }

    @Override
    public synchronized boolean isTerminated() {
        return this.state != RUNNING && this.workers.isEmpty() && (this.state == STOP || this.tasks.isEmpty());
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!isTerminated()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void tryTerminate() {
        if (this.state != RUNNING) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private final class Worker implements Runnable {

        volatile Thread thread;

        // Set by whoever took this worker off the parked stack, before unparking it.
        private volatile boolean woken;

        void wake() {
            this.woken = true;
            LockSupport.unpark(this.thread);
        }

        @Override
        public void run() {
            try {
                work();
            }
            finally {
                DrainingPool.this.workers.remove(this);
                tryTerminate();
            }
        }

        // On entry, and after each wake, this worker is counted as searching.
        private void work() {
            while (true) {
                Runnable task = (DrainingPool.this.state == STOP) ? null : DrainingPool.this.tasks.poll();
                if (task != null) {
                    if (DrainingPool.this.searching.decrementAndGet() == 0 && !DrainingPool.this.tasks.isEmpty()) {
                        signalWork();
                    }
                    runTask(task);
                    DrainingPool.this.searching.incrementAndGet();
                    continue;
                }
                if (!park()) {
                    return;
                }
            }
        }

        private void runTask(Runnable task) {
            // A worker runs a task uninterrupted, unless the pool is stopping.
            if (DrainingPool.this.state != STOP) {
                Thread.interrupted();
            }
            try {
                task.run();
            }
            catch (RuntimeException | Error ex) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, ex);
            }
        }

        /**
         * Stop searching and wait to be woken.
         * @return false when this worker is to end: idle past the keep-alive, or the pool is
         * shut down and its queue empty
         */
        private boolean park() {
            this.woken = false;
            DrainingPool.this.parked.addFirst(this);
            DrainingPool.this.searching.decrementAndGet();
            // Re-read after no longer counting as searching: a task queued meanwhile saw this
            // worker searching and woke nobody.
            if (!DrainingPool.this.tasks.isEmpty() || DrainingPool.this.state != RUNNING) {
                if (DrainingPool.this.parked.remove(this)) {
                    DrainingPool.this.searching.incrementAndGet();
                    return !isEnding();
                }
            }
            long deadline = System.nanoTime() + DrainingPool.this.keepAliveNanos;
            while (!this.woken) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || DrainingPool.this.state == STOP) {
                    if (DrainingPool.this.parked.remove(this)) {
                        return false;
                    }
                    // Taken off the stack by a waker that is about to say so.
                    left = TimeUnit.MICROSECONDS.toNanos(50);
                }
                LockSupport.parkNanos(this, left);
                if (DrainingPool.this.state != STOP) {
                    // Only shutdownNow may interrupt an idle worker; anyone else's would spin it.
                    Thread.interrupted();
                }
            }
            return !isEnding();
        }

        /** Woken to end: the pool stops, or is shut down with nothing left to run. */
        private boolean isEnding() {
            int state = DrainingPool.this.state;
            boolean ending = state == STOP || (state == SHUTDOWN && DrainingPool.this.tasks.isEmpty());
            if (ending) {
                DrainingPool.this.searching.decrementAndGet();
            }
            return ending;
        }
    }
}
