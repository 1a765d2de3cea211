package dev.jtauri.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import dev.jtauri.command.CallCancellation;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One invoke on its way through the pipeline, as the transport that started it holds it
 * ({@link Invoker#start}): its answer to come, the end of the work it started, and the way to
 * call it off.
 *
 * <p>Calling it off answers it at once (the page has given up) and cancels its work: the thread
 * running the command is interrupted, a {@link CompletionStage} it returned is cancelled, and so
 * is what it registered with its {@link CallCancellation} (a task group of its own). Work that
 * ignores the interruption runs on: {@link #settled()} completes only once it has ended, so what
 * counts the calls in flight keeps counting it.
 */
public final class RunningCall {

    private final CompletableFuture<InvokeResponse> response = new CompletableFuture<>();

    private final CompletableFuture<Void> settled = new CompletableFuture<>();

    private final CallCancellation cancellation = new CallCancellation();

    // Where the cancellation's steps run: never the caller's thread, which may be CEF's.
    private final Executor threads;

    // Guarded by "this": the thread running the command's own code, while it does.
    private @Nullable Thread runner;

    // Guarded by "this": the runner was interrupted by this call's cancellation.
    private boolean interruptedRunner;

    // Guarded by "this": the call was called off, by the page or its timeout.
    private boolean calledOff;

    // The command, once decoded: for messages.
    private volatile @Nullable String command;

    private final JsonMapper mapper;

    RunningCall(Executor threads, JsonMapper mapper) {
        this.threads = threads;
        this.mapper = mapper;
        this.cancellation.onCancel(this::interruptRunner);
    }

    /**
     * The call's answer: its response, or the error of its cancellation or timeout.
     * @return the answer to come; never completes exceptionally
     */
    public CompletableFuture<InvokeResponse> response() {
        return this.response;
    }

    /**
     * Completes once the call's work has ended: the command returned or threw, and a stage it
     * returned completed; at once for a call that never ran a command.
     * @return the end of the work
     */
    public CompletableFuture<Void> settled() {
        return this.settled;
    }

    /**
     * The page gave up on the call (it aborted it, or it left): answered at once as cancelled, and
     * its work is cancelled on the portal's threads. Returns at once, on any thread; later calls,
     * and calls after the answer, do nothing.
     */
    public void cancel() {
        String subject = (this.command != null) ? "command '" + this.command + "'" : "the call";
        callOff(InvokeError.of(InvokeError.Kind.CANCELLED, subject + " was cancelled: the page called it off, or left"));
    }

    /** The call was decoded: its command, for messages. */
    void named(String command) {
        this.command = command;
    }

    /** Whether the call was called off, by the page or its timeout. */
    synchronized boolean isCalledOff() {
        return this.calledOff;
    }

    CallCancellation cancellation() {
        return this.cancellation;
    }

    /** Call it off with this answer; the first one wins. */
    void callOff(InvokeError why) {
        synchronized (this) {
            if (this.calledOff || this.response.isDone()) {
                return;
            }
            this.calledOff = true;
        }
        this.response.complete(InvokeResponse.Err.of(why, this.mapper));
        try {
            this.threads.execute(this.cancellation::cancel);
        }
        catch (RejectedExecutionException ex) {
            // The app is ending: its own shutdown interrupts what runs.
            this.cancellation.cancel();
        }
    }

    /**
     * Run the command's own code on this thread, interruptible by the call's cancellation.
     * @param command calls the command and returns its result to come
     * @return that result, or a cancelled one for a call called off before it ran
     */
    CompletionStage<InvokeBody> runCommand(Supplier<CompletionStage<InvokeBody>> command) {
        synchronized (this) {
            if (this.calledOff) {
                return CompletableFuture.failedFuture(new CancellationException("called off before it ran"));
            }
            this.runner = Thread.currentThread();
        }
        try {
            return command.get();
        }
        finally {
            boolean interrupted;
            synchronized (this) {
                this.runner = null;
                interrupted = this.interruptedRunner;
                this.interruptedRunner = false;
            }
            if (interrupted) {
                // The flag this call's cancellation set, if the command left it: the thread goes
                // on to other work.
                Thread.interrupted();
            }
        }
    }

    private synchronized void interruptRunner() {
        if (this.runner != null) {
            this.interruptedRunner = true;
            this.runner.interrupt();
        }
    }

    /**
     * Answer the call, unless it was answered already (called off, timed out), and mark its work
     * ended.
     */
    void finish(InvokeResponse answer) {
        this.response.complete(answer);
        this.settled.complete(null);
    }

    /** The call's work ended; it was answered already. */
    void settle() {
        this.settled.complete(null);
    }
}
