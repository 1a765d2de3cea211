package dev.jtauri.async;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * A portal task and its result in one object. Unlike a plain {@link CompletableFuture},
 * {@code cancel(true)} interrupts the thread running the task, which is how the task group
 * stops background work on exit.
 */
final class PortalFuture<T extends @Nullable Object> extends CompletableFuture<T> implements Runnable {

    private final ThrowingSupplier<T, ?> task;

    private final BlockingPortal portal;

    // Guarded by "this": the thread to interrupt on cancel, set only while the task runs.
    private @Nullable Thread runner;

    // Completes once the task has ended, or was found cancelled when its turn came.
    private final CompletableFuture<Void> taskEnded = new CompletableFuture<>();

    PortalFuture(ThrowingSupplier<T, ?> task, BlockingPortal portal) {
        this.task = task;
        this.portal = portal;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (isDone()) {
                this.taskEnded.complete(null);
                return;
            }
            this.runner = Thread.currentThread();
        }
        BlockingPortal previous = BlockingPortal.enter(this.portal);
        try {
            complete(this.task.get());
        }
        catch (Throwable ex) {
            completeExceptionally(ex);
        }
        finally {
            BlockingPortal.exit(previous);
            synchronized (this) {
                this.runner = null;
                notifyAll();
            }
            if (isCancelled()) {
                // Swallow the interrupt our own cancel() may have sent, so it cannot leak into
                // whatever the pooled thread runs next.
                Thread.interrupted();
            }
            this.taskEnded.complete(null);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            synchronized (this) {
                if (this.runner != null) {
                    this.runner.interrupt();
                }
            }
        }
        return cancelled;
    }

    /**
     * Completes once the task has ended: unlike the future itself, which a cancel completes at
     * once, while the interrupted task may still be running.
     * @return the end of the task
     */
    CompletableFuture<Void> taskEnded() {
        return this.taskEnded;
    }

    /**
     * Wait until the task has ended or can no longer start. Unlike {@code get()}, which returns
     * as soon as the future is cancelled, this waits for an interrupted task to actually stop.
     * @param deadline a {@link System#nanoTime()} deadline
     * @return false if the task was still running at the deadline
     */
    boolean awaitTaskEnd(long deadline) {
        synchronized (this) {
            while (!isDone() || this.runner != null) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, remaining / 1_000_000));
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
