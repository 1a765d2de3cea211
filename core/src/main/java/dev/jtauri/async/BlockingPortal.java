package dev.jtauri.async;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.jtauri.support.Exceptions;
import org.jspecify.annotations.Nullable;

/**
 * The way into the portal, jtauri's async runtime, from any other thread: the Java twin of
 * anyio's {@code BlockingPortal}.
 *
 * <p>{@link #call} runs a task on the portal and blocks the caller until it is done;
 * {@link #startTaskSoon} hands a task over and returns at once. Every {@code @TauriCommand}
 * already runs on the portal, so commands never need this; it is for event listeners, schedulers
 * and other threads the app owns. From a UI thread (a Swing or JavaFX callback) use
 * {@link #startTaskSoon}: {@code call} would freeze the UI, and on some platforms the browser
 * with it, for as long as the task runs.
 *
 * <p>Do not call {@link #call} from code that already runs on the portal (a command, a
 * task-group task): a portal thread waiting for the portal can exhaust it and deadlock. Such
 * calls fail at once with an {@link IllegalStateException}; call the function directly or
 * return a {@link java.util.concurrent.CompletionStage} instead.
 *
 * <p>After {@link #stop()} (the app is exiting) every entry point fails with an
 * {@link IllegalStateException}.
 */
public final class BlockingPortal {

    /** The portal whose task the current thread is running, if any. */
    private static final ThreadLocal<@Nullable BlockingPortal> CURRENT = new ThreadLocal<>();

    private final Executor executor;

    private final Executor portalExecutor = this::execute;

    private volatile boolean stopped;

    /**
     * Create a portal that runs its tasks on the given executor.
     * @param executor the portal's threads; they should not be shared with blocking workers
     */
    public BlockingPortal(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Run a task on the portal and wait for it.
     * @param task the task
     * @return what the task returned
     * @throws E what the task threw, with its own type
     * @throws IllegalStateException when called on a portal thread, or after {@link #stop()}
     * @throws CancellationException when the calling thread is interrupted while it waits; the
     * task is cancelled and the thread's interrupt flag is set again
     */
    public <T extends @Nullable Object, E extends Exception> T call(ThrowingSupplier<T, E> task) throws E {
        checkBlockingAllowed("BlockingPortal.call()");
        return await(startTaskSoon(task));
    }

    /**
     * Hand a task to the portal and return at once. Safe from any thread, the portal's own
     * included.
     * @param task the task
     * @return the task's result; {@code cancel(true)} interrupts the task if it is running
     * @throws IllegalStateException after {@link #stop()}
     */
    public <T extends @Nullable Object> CompletableFuture<T> startTaskSoon(ThrowingSupplier<T, ?> task) {
        return submit(task);
    }

    <T extends @Nullable Object> PortalFuture<T> submit(ThrowingSupplier<T, ?> task) {
        Objects.requireNonNull(task, "task");
        checkRunning();
        PortalFuture<T> future = new PortalFuture<>(task, this);
        try {
            this.executor.execute(future);
        }
        catch (RejectedExecutionException ex) {
            future.completeExceptionally(new IllegalStateException(
                    "The portal executor refused the task; the application is probably shutting down", ex));
        }
        return future;
    }

    /**
     * Whether handing a task to the portal never runs it on the caller's thread nor blocks the
     * caller: its executor is a {@link HandOffExecutor}.
     * @return true when a UI thread may start tasks on the portal directly
     */
    public boolean handsOff() {
        return this.executor instanceof HandOffExecutor;
    }

    /**
     * An {@link Executor} view of the portal, for {@code thenApplyAsync(fn, portal.executor())}
     * and the like. Work it runs counts as portal work for the deadlock guard.
     * @return the executor view
     */
    public Executor executor() {
        return this.portalExecutor;
    }

    /**
     * Whether the current thread is running a task of this portal.
     * @return true on a portal thread
     */
    public boolean isPortalThread() {
        return CURRENT.get() == this;
    }

    /**
     * Stop the portal: every later call fails. Tasks already handed over still run; the
     * executor's owner decides how long to wait for them.
     */
    public void stop() {
        this.stopped = true;
    }

    /**
     * Whether the portal runs no more tasks: {@link #stop()} was called, or its executor (an
     * {@link ExecutorService}) was shut down.
     * @return true once stopped
     */
    public boolean isStopped() {
        return this.stopped || (this.executor instanceof ExecutorService service && service.isShutdown());
    }

    /**
     * Fail at once when the current thread must not block on this portal.
     * @param what what the caller was about to do, for the message
     */
    void checkBlockingAllowed(String what) {
        checkRunning();
        if (isPortalThread()) {
            throw new IllegalStateException(what + " was called on a portal thread ("
                    + Thread.currentThread().getName() + "): a portal thread that waits for the portal can "
                    + "deadlock it. Code that already runs on the portal (a @TauriCommand, a task-group task) "
                    + "should call the function directly, or return a CompletionStage.");
        }
    }

    /**
     * Wait for a portal result, re-throwing the task's own exception. With
     * {@code E = RuntimeException} a checked exception is re-thrown undeclared, the contract of
     * {@link SyncFunction}.
     */
    @SuppressWarnings("unchecked")
    <T extends @Nullable Object, E extends Exception> T await(CompletableFuture<T> future) throws E {
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException(
                    "Interrupted while waiting for the portal; the task was cancelled");
            cancelled.initCause(ex);
            throw cancelled;
        }
        catch (ExecutionException ex) {
            throw (E) rethrowable(ex.getCause());
        }
    }

    private void execute(Runnable command) {
        // Unlike startTaskSoon, a rejection is thrown, so that a CompletableFuture continuation
        // scheduled here fails its stage instead of never running.
        if (this.stopped) {
            throw new RejectedExecutionException("This BlockingPortal is stopped: the application is shutting down");
        }
        this.executor.execute(new PortalFuture<>(() -> {
            command.run();
            return null;
        }, this));
    }

    private void checkRunning() {
        if (this.stopped) {
            throw new IllegalStateException("This BlockingPortal is stopped: the application is shutting down");
        }
    }

    static @Nullable BlockingPortal enter(BlockingPortal portal) {
        BlockingPortal previous = CURRENT.get();
        CURRENT.set(portal);
        return previous;
    }

    static void exit(@Nullable BlockingPortal previous) {
        if (previous == null) {
            CURRENT.remove();
        }
        else {
            CURRENT.set(previous);
        }
    }

    /**
     * The exception to re-throw for a failed stage: unwraps the wrappers the JDK adds.
     * Unchecked results are thrown by the caller with their own type; checked ones are returned
     * for a typed or sneaky throw.
     */
    static Throwable rethrowable(@Nullable Throwable failure) {
        Throwable cause = (failure != null) ? Exceptions.unwrap(failure) : null;
        if (cause == null) {
            return new IllegalStateException("The task failed without an exception");
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }
}
