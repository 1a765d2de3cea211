package dev.jtauri.webview.jcef;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.runtime.Invoker;
import dev.jtauri.runtime.RunningCall;
import dev.jtauri.webview.PageConnection;
import org.cef.callback.CefQueryCallback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cefQuery} invokes of one window's pages, each answered exactly once: with its
 * response, or with an internal error when the answer itself cannot be made or sent, unless CEF
 * cancelled the query first (its page went away) or the window is closing.
 *
 * <p>A query arrives on CEF's UI thread, and only the hand-off happens there: the invoke starts
 * on the portal straight away when its executor hands every task off ({@link Invoker#handsOff()}),
 * else on a thread of jtauri's own, so that no portal executor (a replaced one, with a
 * caller-runs or blocking policy) can ever run or hold a command on CEF's thread.
 *
 * <p>A query may carry a batch of invokes ({@link InvokeBatch}): it is split on jtauri's threads
 * and answered at once, and each call's answer goes to the page as a message of its own.
 */
final class PageQueries {

    private static final Logger logger = LoggerFactory.getLogger(PageQueries.class);

    private final Invoker invoker;

    private final BiFunction<String, PageConnection, InvokeRequest> decoder;

    private final Function<InvokeResponse.Ok, InvokeCodec.Encoded> encoder;

    private final Executor handoff;

    private final Executor threads;

    private final Consumer<PageOutbox.Outgoing> replies;

    private final Predicate<Runnable> whileBrowserLive;

    // A page sends a cancel only for a call it started; more are not its calls.
    private static final int MAX_EARLY_CANCELS = 10_000;

    /** The rejection of a query its window closed under. */
    static final String WINDOW_CLOSED = "\"the window closed before the call was answered\"";

    private final Map<Long, CefQueryCallback> pending = new ConcurrentHashMap<>();

    // The calls alone in their query whose work is in flight, by query id.
    private final Map<Long, RunningCall> running = new ConcurrentHashMap<>();

    // The calls of batches whose work is in flight, by frame key and call id.
    private final Map<String, RunningCall> batched = new ConcurrentHashMap<>();

    // Calls of batches the page aborted before they started; cleared with the page.
    private final Set<String> cancelledEarly = ConcurrentHashMap.newKeySet();

    // Set once the window's browser is about to close: queries are answered at once from then on.
    private volatile boolean closing;

    /**
     * @param decoder turns a query from a page into a request (run in the pipeline, off CEF's
     * threads)
     * @param encoder turns a successful response into the query's answer
     * @param handoff where the invoke starts: the caller's thread for a hand-off portal, else
     * jtauri's threads
     * @param threads jtauri's threads, where batches are split
     * @param replies sends the answers to a batch's calls to the page ({@link PageOutbox#postReply})
     * @param whileBrowserLive runs an answer only while the page's browser may still be called,
     * holding its close off meanwhile, and says whether it ran: an answer to a closing browser,
     * which CEF frees on its own thread, could abort the process
     */
    PageQueries(Invoker invoker, BiFunction<String, PageConnection, InvokeRequest> decoder,
            Function<InvokeResponse.Ok, InvokeCodec.Encoded> encoder, Executor handoff, Executor threads,
            Consumer<PageOutbox.Outgoing> replies, Predicate<Runnable> whileBrowserLive) {
        this.whileBrowserLive = whileBrowserLive;
        this.invoker = invoker;
        this.decoder = decoder;
        this.encoder = encoder;
        this.handoff = handoff;
        this.threads = threads;
        this.replies = replies;
    }

    /**
     * A query from a page: hand it off and return.
     * @param page the document that sent it, the caller of its invokes
     * @return false when the window is closing: the query is not taken, and CEF fails it at once
     * (an answer from here would come after CEF kept it, to cancel as it destroys the browser)
     */
    boolean handle(long queryId, String request, PageConnection page, CefQueryCallback callback) {
        if (this.closing) {
            return false;
        }
        this.pending.put(queryId, callback);
        // Checked after the put: either the close's sweep saw (and answered) the query, or this
        // sees the close and takes the query back.
        if (this.closing && this.pending.remove(queryId) != null) {
            return false;
        }
        try {
            if (InvokeBatch.isBatch(request)) {
                this.threads.execute(() -> runBatch(queryId, request, page));
            }
            else {
                this.handoff.execute(() -> runAlone(queryId, request, page));
            }
        }
        catch (RejectedExecutionException ex) {
            // The app is ending: its threads are gone.
            CefQueryCallback rejected = this.pending.remove(queryId);
            if (rejected != null) {
                rejected.failure(1, this.invoker.shuttingDown().json());
            }
        }
        return true;
    }

    /**
     * A call alone in its query: started, and called off when CEF cancels the query (the page
     * aborted it, or left) before it was answered.
     */
    private void runAlone(long queryId, String request, PageConnection page) {
        RunningCall call = this.invoker.start(() -> this.decoder.apply(request, page));
        this.running.put(queryId, call);
        call.settled().whenComplete((ended, failure) -> this.running.remove(queryId, call));
        // Checked after the put: either a cancel finds the call, or this finds the query gone.
        if (!this.pending.containsKey(queryId)) {
            call.cancel();
        }
        call.response().whenComplete((response, failure) -> answer(queryId, response, failure));
    }

    /** CEF cancelled a query: the page aborted it (cefQueryCancel), or unloaded or navigated. */
    void cancel(long queryId) {
        this.pending.remove(queryId);
        RunningCall call = this.running.get(queryId);
        if (call != null) {
            call.cancel();
        }
    }

    /**
     * The page aborted a call of a batch.
     * @param frame the frame key of the batch's document
     * @param id the call's id in the batch
     */
    void cancel(long frame, long id) {
        String key = batchKey(frame, id);
        RunningCall call = this.batched.get(key);
        if (call != null) {
            call.cancel();
        }
        else if (this.cancelledEarly.size() < MAX_EARLY_CANCELS) {
            // Its batch is still being split: the call is called off as it starts.
            this.cancelledEarly.add(key);
        }
    }

    /**
     * Call off every call in flight: the page that made them is gone (it reloaded or left, or the
     * window is closing), and none of their answers can reach it.
     */
    void cancelAll() {
        this.running.values().forEach(RunningCall::cancel);
        this.batched.values().forEach(RunningCall::cancel);
        this.cancelledEarly.clear();
    }

    /** How many calls have work in flight. */
    int runningCount() {
        return this.running.size() + this.batched.size();
    }

    private static String batchKey(long frame, long id) {
        return frame + ":" + id;
    }

    /**
     * The window's browser is about to close, and is still live: every query waiting for its
     * answer gets one now, so that none is left for CEF to cancel as it destroys the browser.
     * Later queries are not taken (CEF fails them at once), later answers are dropped, and the
     * work of every call in flight is cancelled.
     */
    void close() {
        this.closing = true;
        for (Long queryId : this.pending.keySet()) {
            CefQueryCallback callback = this.pending.remove(queryId);
            if (callback != null) {
                try {
                    callback.failure(1, WINDOW_CLOSED);
                }
                catch (RuntimeException ex) {
                    logger.debug("Could not answer query {} of a closing window", queryId, ex);
                }
            }
        }
        // Their work too: nothing can take its answers any more.
        cancelAll();
    }

    /** The window closed: no answer can reach it. */
    void clear() {
        this.pending.clear();
    }

    /** How many queries wait for their answer. */
    int pendingCount() {
        return this.pending.size();
    }

    private void runBatch(long queryId, String query, PageConnection page) {
        InvokeBatch batch;
        try {
            batch = InvokeBatch.parse(query);
        }
        catch (RequestRejectedException ex) {
            // The whole batch is refused, through the pipeline's own answer to a malformed request.
            this.invoker.decodeAndInvoke(() -> {
                throw ex;
            }).whenComplete((response, failure) -> answer(queryId, response, failure));
            return;
        }
        // The query only says the batch was taken: each call's answer comes as a message.
        this.whileBrowserLive.test(() -> {
            CefQueryCallback callback = this.pending.remove(queryId);
            if (callback != null) {
                try {
                    callback.success("");
                }
                catch (RuntimeException ex) {
                    // Its page is going: the calls still run, as a single query's would.
                    logger.debug("Could not acknowledge batch {}", queryId, ex);
                }
            }
        });
        // Each call starts as a query of its own would: calls that wait for each other must not
        // share a thread, whatever the portal's executor does with its caller.
        for (InvokeBatch.Call call : batch.calls()) {
            try {
                this.handoff.execute(() -> runBatched(batch, call, page));
            }
            catch (RejectedExecutionException ex) {
                reply(batch, call.id(), this.invoker.shuttingDown(), null);
            }
        }
    }

    /** A call of a batch: started, and called off if the page aborts it before its answer. */
    private void runBatched(InvokeBatch batch, InvokeBatch.Call call, PageConnection page) {
        RunningCall running = this.invoker.start(() -> this.decoder.apply(call.request(), page));
        String key = batchKey(batch.frame(), call.id());
        this.batched.put(key, running);
        running.settled().whenComplete((ended, failure) -> this.batched.remove(key, running));
        // Checked after the put: either a cancel finds the call, or this finds the cancel.
        if (this.cancelledEarly.remove(key)) {
            running.cancel();
        }
        running.response().whenComplete((response, failure) -> reply(batch, call.id(), response, failure));
    }

    private void reply(InvokeBatch batch, long id, @Nullable InvokeResponse response, @Nullable Throwable failure) {
        InvokeCodec.Encoded answer = encodeAnswer(response, failure);
        this.replies.accept(new PageOutbox.Outgoing(batch.answer(id, answer), answer.ticketBytes()));
    }

    private void answer(long queryId, @Nullable InvokeResponse response, @Nullable Throwable failure) {
        if (!this.pending.containsKey(queryId)) {
            logger.debug("Dropped the answer to query {}: its page went away", queryId);
            return;
        }
        // Made before the browser is held: encoding a large result takes a while.
        InvokeCodec.Encoded made = encodeAnswer(response, failure);
        boolean sent = this.whileBrowserLive.test(() -> {
            CefQueryCallback callback = this.pending.remove(queryId);
            if (callback == null) {
                return;
            }
            try {
                if (made.kind() == 'e') {
                    callback.failure(1, made.payload());
                }
                else {
                    callback.success(made.answer());
                }
            }
            catch (RuntimeException ex) {
                fail(queryId, callback, ex);
            }
        });
        if (!sent) {
            logger.debug("Left query {} to its window's close, which answers it", queryId);
        }
    }

    /**
     * A call's answer: its result, or its rejection as kind {@code e}; an answer that cannot be
     * made becomes the internal error.
     */
    private InvokeCodec.Encoded encodeAnswer(@Nullable InvokeResponse response, @Nullable Throwable failure) {
        try {
            if (failure != null || response == null) {
                throw new IllegalStateException("The invoke pipeline gave no response", failure);
            }
            if (response instanceof InvokeResponse.Ok ok) {
                return this.encoder.apply(ok);
            }
            return new InvokeCodec.Encoded('e', ((InvokeResponse.Err) response).json());
        }
        catch (RuntimeException ex) {
            return new InvokeCodec.Encoded('e', this.invoker.internalError(ex).json());
        }
    }

    /** The answer could not be made or sent: the page still gets one, and the log says why. */
    private void fail(long queryId, CefQueryCallback callback, RuntimeException cause) {
        try {
            callback.failure(1, this.invoker.internalError(cause).json());
        }
        catch (RuntimeException ex) {
            logger.error("Could not answer query {} with an internal error either", queryId, ex);
        }
    }
}
