package dev.jtauri.async;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work tied to the life of the app: the Java twin of the anyio task group that
 * {@code AsyncTools.task_group} holds.
 *
 * <p>Tasks run on the portal. A task that fails is logged at once with its stack trace; the
 * others go on. When the app exits, the group is closed: every running task is interrupted,
 * the group waits for them up to a bound, and names the ones that did not stop.
 *
 * <pre>{@code
 * asyncTools.taskGroup().startSoon(() -> {
 *     while (true) {
 *         Emitter.emit(app, "foo-event", Instant.now());
 *         Thread.sleep(1000);
 *     }
 * });
 * }</pre>
 *
 * <p>Not for work whose result someone waits for: use {@link BlockingPortal#startTaskSoon} or
 * return a {@link java.util.concurrent.CompletionStage} from the command instead.
 */
public final class TaskGroup {

    private static final Logger logger = LoggerFactory.getLogger(TaskGroup.class);

    private final BlockingPortal portal;

    private final Map<PortalFuture<?>, String> running = new ConcurrentHashMap<>();

    private volatile boolean closed;

    TaskGroup(BlockingPortal portal) {
        this.portal = portal;
    }

    /**
     * Start a task in the background.
     * @param task the task; it should end when interrupted
     * @throws IllegalStateException once the group is closed
     */
    public void startSoon(Task task) {
        startSoon(task.getClass().getName(), task);
    }

    /**
     * Start a named task in the background; the name appears in the log when it fails or does
     * not stop on exit.
     * @param name the task's name
     * @param task the task; it should end when interrupted
     * @throws IllegalStateException once the group is closed
     */
    public void startSoon(String name, Task task) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        PortalFuture<Void> future;
        // One lock with close(): a task is either refused or seen (and cancelled) by close.
        synchronized (this.running) {
            if (this.closed) {
                throw new IllegalStateException("The task group is closed: the application is shutting down, "
                        + "so background task '" + name + "' was not started");
            }
            future = this.portal.submit(() -> {
                runReportingFailure(name, task);
                return null;
            });
            this.running.put(future, name);
        }
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                return;
            }
            this.running.remove(future);
            if (failure != null) {
                // The task's own failures are logged inside it; this one kept it from starting.
                logger.error("Background task '{}' could not start", name, failure);
            }
        });
    }

    /**
     * The number of tasks started and not yet ended.
     * @return the count
     */
    public int runningCount() {
        return this.running.size();
    }

    /**
     * Whether {@link #close(Duration)} was called.
     * @return true once closed
     */
    public boolean isClosed() {
        return this.closed;
    }

    /**
     * Close the group: refuse new tasks, interrupt the running ones, and wait for them up to the
     * timeout. Tasks still running after it are logged by name.
     * @param timeout how long to wait for all the tasks together
     * @return true when every task ended in time
     */
    public boolean close(Duration timeout) {
        synchronized (this.running) {
            this.closed = true;
            this.running.keySet().forEach((future) -> future.cancel(true));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean allEnded = true;
        for (Map.Entry<PortalFuture<?>, String> entry : Map.copyOf(this.running).entrySet()) {
            if (entry.getKey().awaitTaskEnd(deadline)) {
                this.running.remove(entry.getKey());
            }
            else {
                allEnded = false;
                logger.warn("Background task '{}' did not stop within {} after it was interrupted",
                        entry.getValue(), timeout);
            }
        }
        return allEnded;
    }

    private void runReportingFailure(String name, Task task) {
        try {
            task.run();
        }
        catch (Throwable ex) {
            if (this.closed && causedByInterrupt(ex)) {
                logger.debug("Background task '{}' stopped on exit", name);
            }
            else {
                logger.error("Background task '{}' failed", name, ex);
            }
        }
    }

    private static boolean causedByInterrupt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
