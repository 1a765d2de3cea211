package dev.jtauri.async;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for crossing between the portal (jtauri's async runtime), blocking code and
 * synchronous callbacks: the Java twin of {@code pytauri_utils.async_tools.AsyncTools}.
 *
 * <p>In a Spring Boot app it is a bean and also app state, so both
 * {@code @Autowired AsyncTools} and a {@code @State AsyncTools} command parameter reach it, as
 * does {@code Manager.state(app, AsyncTools.class)}.
 *
 * <ul>
 * <li>{@link #portal()}: enter the portal from another thread.</li>
 * <li>{@link #toSync}: an async function as a blocking one, for synchronous callbacks such as
 * event listeners.</li>
 * <li>{@link #toAsync}: a blocking function as an async one, run on the blocking workers so it
 * never holds a portal thread.</li>
 * <li>{@link #taskGroup()}: background work that ends with the app.</li>
 * </ul>
 */
public final class AsyncTools implements AutoCloseable {

    private final BlockingPortal portal;

    private final Executor blockingWorkers;

    private final TaskGroup taskGroup;

    private final Duration shutdownTimeout;

    /**
     * Create the tools.
     * @param portal the portal commands and tasks run on
     * @param blockingWorkers the threads {@link #toAsync} runs blocking functions on; never the
     * portal's
     * @param shutdownTimeout how long {@link #close()} waits for background tasks
     */
    public AsyncTools(BlockingPortal portal, Executor blockingWorkers, Duration shutdownTimeout) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.blockingWorkers = Objects.requireNonNull(blockingWorkers, "blockingWorkers");
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        this.taskGroup = new TaskGroup(portal);
    }

    /**
     * The portal, for {@link BlockingPortal#call} and {@link BlockingPortal#startTaskSoon}
     * from threads that are not the portal's. Faster than {@link #toSync} when called once, as
     * no function object is made.
     * @return the portal
     */
    public BlockingPortal portal() {
        return this.portal;
    }

    /**
     * The task group for background work tied to the app's life.
     * @return the task group
     */
    public TaskGroup taskGroup() {
        return this.taskGroup;
    }

    /**
     * Turn an async function into a blocking one that runs it on the portal and waits for its
     * stage. Use the result in or as a synchronous callback:
     * <pre>{@code
     * Listener.once(app, "foo-event", asyncTools.toSync(event -> stream.send(event.payload())));
     * }</pre>
     * The blocking function must not be called on a portal thread (it fails at once there):
     * inside a command, call the async function directly.
     * @param function the async function
     * @return a blocking function that re-throws the async function's own exception
     */
    public <T extends @Nullable Object, R extends @Nullable Object> SyncFunction<T, R> toSync(
            AsyncFunction<T, R> function) {
        Objects.requireNonNull(function, "function");
        return (argument) -> {
            this.portal.checkBlockingAllowed("A function made by AsyncTools.toSync()");
            CompletableFuture<CompletionStage<R>> started = this.portal.startTaskSoon(() -> function.apply(argument));
            CompletableFuture<R> result = started.thenCompose(AsyncTools::orCompletedNull);
            // An interrupted caller cancels the portal task itself, not only the derived stage.
            result.whenComplete((value, failure) -> {
                if (result.isCancelled()) {
                    started.cancel(true);
                }
            });
            return this.portal.<R, RuntimeException>await(result);
        };
    }

    /**
     * Turn a blocking function into an async one that runs on the blocking workers, so the
     * caller's thread (a portal thread in a command) is not held while it blocks.
     * <pre>{@code
     * Function<Duration, CompletableFuture<String>> task = asyncTools.toAsync(this::slowLookup);
     * return task.apply(Duration.ofSeconds(1));
     * }</pre>
     * @param function the blocking function
     * @return a function whose future completes with the result or fails with the function's
     * own exception
     */
    public <T extends @Nullable Object, R extends @Nullable Object> Function<T, CompletableFuture<R>> toAsync(
            BlockingFunction<T, R> function) {
        Objects.requireNonNull(function, "function");
        return (argument) -> {
            CompletableFuture<R> result = new CompletableFuture<>();
            try {
                this.blockingWorkers.execute(() -> {
                    try {
                        result.complete(function.apply(argument));
                    }
                    catch (Throwable ex) {
                        result.completeExceptionally(ex);
                    }
                });
            }
            catch (RejectedExecutionException ex) {
                result.completeExceptionally(ex);
            }
            return result;
        };
    }

    /**
     * Close the task group: interrupt background tasks and wait for them up to the shutdown
     * timeout. Called when the app exits.
     */
    @Override
    public void close() {
        this.taskGroup.close(this.shutdownTimeout);
    }

    private static <R extends @Nullable Object> CompletionStage<R> orCompletedNull(@Nullable CompletionStage<R> stage) {
        return (stage != null) ? stage : CompletableFuture.completedFuture(null);
    }
}
