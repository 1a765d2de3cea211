package dev.jtauri.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.acl.Authority;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.command.CommandHandler;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.ipc.PageJson;
import dev.jtauri.ipc.PayloadTooLargeException;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.runtime.ErrorTranslation.FailedCall;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an invoke from request to response: the one pipeline that a real page and the test
 * client share. Three steps, all on the portal: decode the request, dispatch it (size check,
 * command lookup, permissions, binding, the command itself, writing the result), and answer,
 * with every failure turned into an error by {@link ErrorTranslation}.
 *
 * <p>{@link #invoke} and {@link #decodeAndInvoke} hand the call to the portal's executor and
 * return; with jtauri's own executor that never runs or holds the caller. A replaced executor may
 * (a caller-runs policy, say): a transport on a UI thread hands off to a thread of its own first,
 * unless {@link #handsOff()} says it need not.
 * The returned future always completes, exactly once, with a response: errors are responses too,
 * and nothing is thrown to the transport.
 */
public final class Invoker {

    /** The command {@code pyInvoke} calls; the function's name is in the {@code pyfunc} header. */
    public static final String PY_INVOKE_COMMAND = "plugin:pytauri|pyfunc";

    /** The header that names the function of a {@code pyInvoke}. */
    public static final String PY_INVOKE_HEADER = "pyfunc";

    private final CommandRegistry commands;

    private final AppHandle appHandle;

    private final JsonMapper mapper;

    private final PageJson pageJson;

    private final BlockingPortal portal;

    private final long maxPayloadSize;

    private final Authority authority;

    private final ErrorTranslation errors;

    private final Function<PageConnection, Optional<ResourceTable>> resources;

    private final CallLimits limits;

    private final CallSlots slots;

    Invoker(CommandRegistry commands, AppHandle appHandle, PageJson pageJson, BlockingPortal portal,
            long maxPayloadSize, List<ExceptionTranslator> exceptionTranslators, Authority authority,
            Function<PageConnection, Optional<ResourceTable>> resources, CallLimits limits) {
        this.limits = limits;
        this.slots = new CallSlots(limits.maxCallsInFlight());
        this.commands = commands;
        this.appHandle = appHandle;
        this.mapper = pageJson.mapper();
        this.pageJson = pageJson;
        this.portal = portal;
        this.maxPayloadSize = maxPayloadSize;
        this.authority = authority;
        this.errors = new ErrorTranslation(mapper, portal, exceptionTranslators);
        this.resources = resources;
    }

    /**
     * Run an invoke.
     * @param request the request
     * @return the response; never completes exceptionally
     */
    public CompletableFuture<InvokeResponse> invoke(InvokeRequest request) {
        return start(request.command(), () -> request).response();
    }

    /**
     * Start an invoke that its transport may call off: decoded on the portal, then run, as
     * {@link #decodeAndInvoke}. The transport cancels it when the page aborts it or goes away.
     * @param decoder makes the request, as for {@link #decodeAndInvoke}
     * @return the running call; its response never completes exceptionally
     */
    public RunningCall start(Supplier<InvokeRequest> decoder) {
        return start(null, decoder);
    }

    /**
     * Decode a request on the portal, then run it: for transports whose messages should not be
     * parsed on the thread that received them (a CEF UI or I/O thread).
     * @param decoder makes the request; it may throw a {@link RequestRejectedException} for a
     * malformed message, or {@link #payloadTooLarge} for a body above {@link #maxPayloadSize()}
     * that it did not read: either becomes the response
     * @return the response; never completes exceptionally
     */
    public CompletableFuture<InvokeResponse> decodeAndInvoke(Supplier<InvokeRequest> decoder) {
        return start(null, decoder).response();
    }

    /**
     * Whether {@link #invoke} and {@link #decodeAndInvoke} return without running or holding the
     * caller's thread whatever the call does: the portal's executor is a
     * {@link dev.jtauri.async.HandOffExecutor}. A transport on a UI thread may then start invokes
     * there, saving a thread hop per call; otherwise it hands them to a thread of its own first.
     * @return true when invokes may start on a UI thread
     */
    public boolean handsOff() {
        return this.portal.handsOff();
    }

    /**
     * How many calls a page may have in flight, and how long a command may take by default.
     * @return the limits
     */
    public CallLimits callLimits() {
        return this.limits;
    }

    /**
     * The largest request body accepted ({@code tauri.ipc.max-payload-size}), for transports
     * that can refuse a larger one before reading it.
     * @return the limit in bytes
     */
    public long maxPayloadSize() {
        return this.maxPayloadSize;
    }

    /**
     * What a transport's decoder throws for a body it refused unread because its declared size
     * is over {@link #maxPayloadSize()}: the page gets the answer a measured body gets.
     * @param command the command that was invoked
     * @return the exception to throw from the decoder
     */
    public PayloadTooLargeException payloadTooLarge(String command) {
        return new PayloadTooLargeException(command, this.maxPayloadSize);
    }

    /**
     * The answer to a call a transport could not even hand to the pipeline because the app is
     * ending (its threads are gone): the same as the pipeline gives when the portal refuses it.
     * @return the answer
     */
    public InvokeResponse.Err shuttingDown() {
        return InvokeResponse.Err.of(ErrorTranslation.unavailable(new FailedCall(null, null)), this.mapper);
    }

    /**
     * The answer to a call whose own answer failed in the transport (it could not be encoded or
     * sent): an internal error, logged with its stack under an error id the page gets.
     * @param cause why the answer failed
     * @return the answer
     */
    public InvokeResponse.Err internalError(Throwable cause) {
        return InvokeResponse.Err.of(ErrorTranslation.internal(new FailedCall(null, null), cause), this.mapper);
    }

    /**
     * From decoding on, everything runs on the portal: no JSON work and no app code on the
     * transport's thread. Only a portal that refuses the call (the app is shutting down) is
     * answered on the caller's.
     * @param command the command's name when known before decoding, for messages
     */
    private RunningCall start(@Nullable String command, Supplier<InvokeRequest> decoder) {
        RunningCall call = new RunningCall(this.portal.executor(), this.mapper);
        try {
            this.portal.executor().execute(() -> run(call, command, decoder));
        }
        catch (RuntimeException refused) {
            call.finish(answer(new FailedCall(command, null), refused));
        }
        return call;
    }

    /**
     * On the portal: decode, check, take the page's slot, then run the command, under its
     * timeout. What fails before the command runs (malformed, too large, forbidden, unknown, too
     * many calls) is answered at once.
     */
    private void run(RunningCall call, @Nullable String command, Supplier<InvokeRequest> decoder) {
        if (call.isCalledOff()) {
            call.settle();
            return;
        }
        InvokeRequest request;
        String name;
        CommandHandler handler;
        try {
            request = decoder.get();
            name = commandName(request);
            handler = this.commands.find(name).orElseThrow(() -> unknown(name, request.page().label()));
        }
        catch (RuntimeException ex) {
            call.finish(answer(new FailedCall(command, null), ex));
            return;
        }
        call.named(name);
        PageConnection caller = request.page().connection();
        if (!this.slots.take(caller)) {
            call.finish(InvokeResponse.Err.of(busy(name, caller.label()), this.mapper));
            return;
        }
        call.settled().whenComplete((ended, failure) -> this.slots.release(caller));
        timeOut(call, name, handler);
        InvocationContext context = new InvocationContext(request, name, this.appHandle, this.pageJson,
                () -> resourcesOf(caller), call.cancellation());
        call.runCommand(() -> handler.invoke(context, this.portal.executor())).whenComplete((body, failure) -> {
            if (call.isCalledOff()) {
                // Answered already; what the cancellation made the command end with is no news.
                call.settle();
                return;
            }
            call.finish((failure == null) ? new InvokeResponse.Ok(body) : answer(new FailedCall(name, handler), failure));
        });
    }

    /** The call is called off once its timeout passes: the command's own, else the app's. */
    private void timeOut(RunningCall call, String name, CommandHandler handler) {
        Duration timeout = handler.timeout().orElse(this.limits.commandTimeout());
        if (timeout == null || timeout.isZero()) {
            return;
        }
        Executor after = CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS,
                this.portal.executor());
        try {
            after.execute(() -> call.callOff(InvokeError.of(InvokeError.Kind.TIMEOUT, "command '" + name
                    + "' did not answer within " + CallLimits.describe(timeout) + ", so its work was cancelled "
                    + "(@TauriCommand(timeout), tauri.ipc.command-timeout)")));
        }
        catch (RejectedExecutionException ex) {
            // The app is ending: its shutdown cancels the call.
        }
    }

    private InvokeError busy(String name, String label) {
        return InvokeError.of(InvokeError.Kind.BUSY, "command '" + name + "' was not run: window '" + label + "' has "
                + this.slots.max() + " calls in flight, as many as it may (tauri.ipc.max-calls-in-flight)");
    }

    /** The caller's resource table, for a command that asks for it. */
    private ResourceTable resourcesOf(PageConnection page) {
        return this.resources.apply(page)
            .orElseThrow(() -> new InvokeException("the page '" + page.label() + "' is not connected, so it holds "
                    + "no resources"));
    }

    /** The command a request calls, once the request may call it. */
    private String commandName(InvokeRequest request) {
        String name = request.command();
        if (request.body().exceeds(this.maxPayloadSize)) {
            throw payloadTooLarge(name);
        }
        if (PY_INVOKE_COMMAND.equals(name)) {
            name = request.headers().get(PY_INVOKE_HEADER);
            if (name == null || name.isEmpty()) {
                throw new RequestRejectedException(InvokeError.Kind.MALFORMED_REQUEST, "command '" + PY_INVOKE_COMMAND
                        + "' needs the '" + PY_INVOKE_HEADER + "' header naming the function, as pyInvoke() sends it");
            }
        }
        this.authority.check(request.page().label(), name);
        return name;
    }

    /** An unknown command, with a hint among the commands the calling window may call only. */
    private RequestRejectedException unknown(String name, String window) {
        return new RequestRejectedException(InvokeError.Kind.UNKNOWN_COMMAND, "unknown command '" + name + "'"
                + this.commands.suggest(name, (command) -> this.authority.allows(window, command))
                    .map((hint) -> " (did you mean '" + hint + "'?)")
                    .orElse(""));
    }

    private InvokeResponse answer(FailedCall call, Throwable failure) {
        return InvokeResponse.Err.of(this.errors.translate(call, failure), this.mapper);
    }
}
