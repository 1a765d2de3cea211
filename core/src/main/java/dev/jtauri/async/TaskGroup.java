package dev.jtauri.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
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

    // The group this one's tasks also belong to, which closes it when it closes; null for the app's.
    private final @Nullable TaskGroup parent;

    // Guarded by "running": the children that have tasks running.
    private final Set<TaskGroup> children = new HashSet<>();

    TaskGroup(BlockingPortal portal) {
        this(portal, null);
    }

    private TaskGroup(BlockingPortal portal, @Nullable TaskGroup parent) {
        this.portal = portal;
        this.parent = parent;
    }

    /**
     * A group of its own for work shorter than this group's, such as a command's: a
     * {@code TaskGroup} parameter of a {@code @TauriCommand} is one, cancelled with its call.
     * Its tasks run on the same portal, and closing this group closes it too, waiting for them.
     * @return the new group
     * @throws IllegalStateException once this group is closed
     */
    public TaskGroup child() {
        if (this.closed) {
            throw new IllegalStateException("The task group is closed: the application is shutting down");
        }
        return new TaskGroup(this.portal, this);
    }

    /**
     * Cancel the group without waiting: refuse new tasks and interrupt the running ones, its
     * children's too.
     */
    public void cancel() {
        List<TaskGroup> cancelled;
        synchronized (this.running) {
            this.closed = true;
            this.running.keySet().forEach((future) -> future.cancel(true));
            cancelled = new ArrayList<>(this.children);
        }
        cancelled.forEach(TaskGroup::cancel);
    }

    /** A child has a task running: this group closes it when it closes. */
    private void adopt(TaskGroup child) {
        synchronized (this.running) {
            if (this.closed) {
                throw new IllegalStateException("The task group is closed: the application is shutting down");
            }
            this.children.add(child);
        }
    }

    private void forget(TaskGroup child) {
        synchronized (this.running) {
            this.children.remove(child);
        }
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
            if (this.parent != null && this.running.isEmpty()) {
                this.parent.adopt(this);
            }
            future = this.portal.submit(() -> {
                runReportingFailure(name, task);
                return null;
            });
            this.running.put(future, name);
        }
        // A cancelled task may still be running: it counts until it has actually ended.
        future.taskEnded().thenRun(() -> ended(future));
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                return;
            }
            ended(future);
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
        List<TaskGroup> closing;
        synchronized (this.running) {
            this.closed = true;
            this.running.keySet().forEach((future) -> future.cancel(true));
            closing = new ArrayList<>(this.children);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean allEnded = true;
        for (TaskGroup child : closing) {
            allEnded &= child.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
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

    /** A task ended: a child group with none left is no longer its parent's to close. */
    private void ended(PortalFuture<?> future) {
        synchronized (this.running) {
            this.running.remove(future);
            if (this.parent != null && this.running.isEmpty()) {
                this.parent.forget(this);
            }
        }
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
