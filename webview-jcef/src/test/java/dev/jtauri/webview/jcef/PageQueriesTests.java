package dev.jtauri.webview.jcef;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import dev.jtauri.TauriCommand;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import org.cef.callback.CefQueryCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cefQuery side of a window, without CEF: queries come from a thread standing for CEF's UI
 * thread, and a callback records the answer as the page would get it.
 */
class PageQueriesTests {

    private static final String TOKEN = "token";

    private static final PageConnection PAGE = PageConnection.detached("main");

    private final ExecutorService handoff = TauriExecutors.daemonPool("tauri-webview-io-");

    // Tasks given to jtauri's webview threads by the transport (not by a portal on them).
    private final AtomicInteger handedOff = new AtomicInteger();

    private final Commands commands = new Commands();

    // The answers to batched calls, as the window's outbox would send them.
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        this.handoff.shutdownNow();
        this.commands.release.countDown();
    }

    @Test
    void aPortalThatRunsTasksOnTheCallerNeverRunsACommandOnCefsThread() throws Exception {
        // A replaced portal executor with a caller-runs policy, at its worst: every task on the caller.
        PageQueries queries = queries(new BlockingPortal(Runnable::run), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback();
        Thread cefUiThread = new Thread(() -> queries.handle(1, query("block", "{}"), PAGE, callback), "cef-ui");
        cefUiThread.start();
        cefUiThread.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(cefUiThread.isAlive()).as("CEF's thread held by a blocked command").isFalse();
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(this.commands.thread.get()).isNotSameAs(cefUiThread).isNotNull();
        this.commands.release.countDown();
        assertThat(callback.answer.get(5, TimeUnit.SECONDS)).isEqualTo("success:j\"released\"");
    }

    @Test
    void aHandOffPortalStartsTheInvokeStraightFromCefsThreadWithoutHoldingIt() throws Exception {
        ExecutorService portalThreads = TauriExecutors.portal();
        try {
            PageQueries queries = queries(new BlockingPortal(portalThreads), InvokeCodec::encode);
            RecordingCallback callback = new RecordingCallback();
            Thread cefUiThread = new Thread(() -> queries.handle(1, query("block", "{}"), PAGE, callback), "cef-ui");
            cefUiThread.start();
            cefUiThread.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(cefUiThread.isAlive()).as("CEF's thread held by a blocked command").isFalse();
            assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(this.commands.thread.get().getName()).startsWith("tauri-portal-");
            assertThat(this.handedOff.get()).as("tasks on jtauri's webview threads").isZero();
            this.commands.release.countDown();
            assertThat(callback.answer.get(5, TimeUnit.SECONDS)).isEqualTo("success:j\"released\"");
        }
        finally {
            portalThreads.shutdownNow();
        }
    }

    @Test
    void anAnswerThatCannotBeSentIsReplacedByAnInternalErrorThePageGets() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback() {
            @Override
            public void success(String response) {
                throw new IllegalStateException("the query's native callback is gone");
            }
        };
        queries.handle(1, query("greet", "{\"name\":\"Ada\"}"), PAGE, callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS)).startsWith("failure:1:\"the call failed with an internal "
                + "error (error id ").endsWith("); the application log has the details\"");
        assertThat(queries.pendingCount()).isZero();
    }

    @Test
    void anAnswerThatCannotBeEncodedIsReplacedByAnInternalErrorThePageGets() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), PageQueriesTests::cannotEncode);
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, query("greet", "{\"name\":\"Ada\"}"), PAGE, callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS)).startsWith("failure:1:\"the call failed with an internal error");
    }

    @Test
    void aQueryAfterTheAppsThreadsAreGoneIsAnsweredAtOnce() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        this.handoff.shutdownNow();
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, query("greet", "{\"name\":\"Ada\"}"), PAGE, callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS))
            .isEqualTo("failure:1:\"the call was not run: the application is shutting down\"");
    }

    @Test
    void anAnswerToAWindowThatIsClosingIsNotSentButLeftToTheClose() throws Exception {
        AtomicBoolean live = new AtomicBoolean(true);
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode, live::get);
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, query("block", "{}"), PAGE, callback);
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();
        live.set(false);
        this.commands.release.countDown();
        assertThat(this.commands.finished.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(callback.answer).as("an answer sent to a closing browser").isNotDone();
        assertThat(queries.pendingCount()).as("queries left for the close to answer").isOne();
        queries.close();
        assertThat(callback.answer).isCompletedWithValue("failure:1:" + PageQueries.WINDOW_CLOSED);
        assertThat(queries.pendingCount()).isZero();
    }

    @Test
    void aWindowAboutToCloseAnswersItsWaitingQueriesAndTakesNoLaterOne() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback waiting = new RecordingCallback();
        queries.handle(1, query("block", "{}"), PAGE, waiting);
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();
        queries.close();
        assertThat(waiting.answer).isCompletedWithValue("failure:1:" + PageQueries.WINDOW_CLOSED);
        RecordingCallback later = new RecordingCallback();
        assertThat(queries.handle(2, query("greet", "{\"name\":\"Ada\"}"), PAGE, later))
            .as("a later query taken, for CEF to cancel as it destroys the browser").isFalse();
        assertThat(later.answer).isNotDone();
        assertThat(this.commands.interrupted.await(5, TimeUnit.SECONDS)).as("the waiting call's work cancelled").isTrue();
        assertThat(queries.pendingCount()).isZero();
    }

    @Test
    void aQueryCefCancelsCallsItsCommandOffAndGetsNoAnswer() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, query("block", "{}"), PAGE, callback);
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();

        // The page aborted it (cefQueryCancel), or left.
        queries.cancel(1);

        assertThat(this.commands.interrupted.await(5, TimeUnit.SECONDS)).as("the command's thread interrupted").isTrue();
        awaitNoneRunning(queries);
        assertThat(callback.answer).as("an answer to a query CEF cancelled").isNotDone();
    }

    @Test
    void aCallOfABatchThePageAbortsIsCalledOff() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        queries.handle(1, batch(4, "1", query("block", "{}"), "2", query("greet", "{\"name\":\"A\"}")), PAGE,
                new RecordingCallback());
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();

        queries.cancel(4, 1);

        assertThat(this.commands.interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(replies(2)).containsExactlyInAnyOrder("[\"a\",4,2,\"j\",\"Hello, A!\"]",
                "[\"a\",4,1,\"e\",\"command 'block' was cancelled: the page called it off, or left\"]");
        awaitNoneRunning(queries);
    }

    @Test
    void aCallOfABatchAbortedBeforeItsBatchWasSplitIsCalledOffAsItStarts() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        queries.cancel(9, 1);

        queries.handle(1, batch(9, "1", query("block", "{}"), "2", query("greet", "{\"name\":\"A\"}")), PAGE,
                new RecordingCallback());

        assertThat(replies(2)).contains("[\"a\",9,2,\"j\",\"Hello, A!\"]")
            .anySatisfy((reply) -> assertThat(reply).matches("\\[\"a\",9,1,\"e\",\"(the call|command 'block') was "
                    + "cancelled: the page called it off, or left\"\\]"));
    }

    @Test
    void everyCallInFlightIsCalledOffWhenThePageThatMadeThemIsGone() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        queries.handle(1, batch(4, "1", query("block", "{}"), "2", query("block", "{}")), PAGE, new RecordingCallback());
        assertThat(this.commands.started.await(5, TimeUnit.SECONDS)).isTrue();
        awaitRunning(queries, 2);

        queries.cancelAll();

        assertThat(this.commands.interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        awaitNoneRunning(queries);
    }

    private static void awaitNoneRunning(PageQueries queries) throws InterruptedException {
        awaitRunning(queries, 0);
    }

    private static void awaitRunning(PageQueries queries, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (queries.runningCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(queries.runningCount()).as("calls whose work is in flight").isEqualTo(count);
    }

    @Test
    void aBatchIsTakenAtOnceAndEachCallIsAnsweredAsAMessageOfItsOwn() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, batch(7, "3", query("greet", "{\"name\":\"Ada\"}"), "4", query("nope", "{}"), "5",
                query("greet", "{}")), PAGE, callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS)).isEqualTo("success:");
        List<String> replies = replies(3);
        assertThat(replies).contains("[\"a\",7,3,\"j\",\"Hello, Ada!\"]")
            .anySatisfy((reply) -> assertThat(reply).startsWith("[\"a\",7,4,\"e\",\"unknown command 'nope'"))
            .anySatisfy((reply) -> assertThat(reply).startsWith("[\"a\",7,5,\"e\",").contains("name"));
        assertThat(queries.pendingCount()).isZero();
    }

    @Test
    void aBatchIsSplitOnJtaurisThreadsEvenWhenInvokesMayStartOnCefsThread() throws Exception {
        ExecutorService portalThreads = TauriExecutors.portal();
        try {
            PageQueries queries = queries(new BlockingPortal(portalThreads), InvokeCodec::encode);
            RecordingCallback callback = new RecordingCallback();
            queries.handle(1, batch(1, "1", query("greet", "{\"name\":\"A\"}"), "2", query("greet", "{\"name\":\"B\"}")), PAGE,
                    callback);
            assertThat(callback.answer.get(5, TimeUnit.SECONDS)).isEqualTo("success:");
            assertThat(replies(2)).containsExactlyInAnyOrder("[\"a\",1,1,\"j\",\"Hello, A!\"]",
                    "[\"a\",1,2,\"j\",\"Hello, B!\"]");
            assertThat(this.handedOff.get()).as("batches split on jtauri's webview threads").isOne();
        }
        finally {
            portalThreads.shutdownNow();
        }
    }

    @Test
    void callsOfABatchThatWaitForEachOtherDoNotShareAThreadOnAPortalThatRunsTasksOnTheCaller() throws Exception {
        PageQueries queries = queries(new BlockingPortal(Runnable::run), InvokeCodec::encode);
        queries.handle(1, batch(4, "1", query("block", "{}"), "2", query("unblock", "{}")), PAGE, new RecordingCallback());
        assertThat(replies(2)).containsExactlyInAnyOrder("[\"a\",4,1,\"j\",\"released\"]",
                "[\"a\",4,2,\"j\",\"unblocked\"]");
    }

    @Test
    void aBatchAfterTheAppsThreadsAreGoneFailsAtOnce() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        this.handoff.shutdownNow();
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, batch(4, "1", query("greet", "{\"name\":\"A\"}"), "2", query("greet", "{\"name\":\"B\"}")), PAGE,
                callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS))
            .isEqualTo("failure:1:\"the call was not run: the application is shutting down\"");
        assertThat(this.replies).isEmpty();
    }

    @Test
    void aBatchWhoseQueryCannotBeAnsweredStillAnswersItsCalls() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback() {
            @Override
            public void success(String response) {
                throw new IllegalStateException("the query's native callback is gone");
            }
        };
        queries.handle(1, batch(3, "1", query("greet", "{\"name\":\"A\"}"), "2", query("greet", "{\"name\":\"B\"}")), PAGE,
                callback);
        assertThat(replies(2)).containsExactlyInAnyOrder("[\"a\",3,1,\"j\",\"Hello, A!\"]",
                "[\"a\",3,2,\"j\",\"Hello, B!\"]");
    }

    @Test
    void aMalformedBatchFailsAsAWholeWithTheMalformedRequestError() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), InvokeCodec::encode);
        RecordingCallback callback = new RecordingCallback();
        queries.handle(1, "\u001d7\u001dx\u001f" + query("greet", "{}"), PAGE, callback);
        assertThat(callback.answer.get(5, TimeUnit.SECONDS))
            .isEqualTo("failure:1:\"invoke refused: a call's id is not a number\"");
        assertThat(this.replies).isEmpty();
        assertThat(queries.pendingCount()).isZero();
    }

    @Test
    void aBatchedAnswerThatCannotBeEncodedIsReplacedByAnInternalError() throws Exception {
        PageQueries queries = queries(new BlockingPortal(this.handoff), PageQueriesTests::cannotEncode);
        queries.handle(1, batch(2, "1", query("greet", "{\"name\":\"A\"}"), "2", query("greet", "{\"name\":\"B\"}")), PAGE,
                new RecordingCallback());
        assertThat(replies(2)).allSatisfy((reply) -> assertThat(reply).matches(
                "\\[\"a\",2,[12],\"e\",\"the call failed with an internal error \\(error id .*\"\\]"));
    }

    private List<String> replies(int count) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String reply = this.replies.poll(5, TimeUnit.SECONDS);
            assertThat(reply).as("reply " + (i + 1) + " of " + count).isNotNull();
            taken.add(reply);
        }
        return taken;
    }

    private static String batch(long frame, String... idsAndRequests) {
        StringBuilder batch = new StringBuilder("\u001d").append(frame);
        for (int i = 0; i < idsAndRequests.length; i += 2) {
            batch.append('\u001d').append(idsAndRequests[i]).append('\u001f').append(idsAndRequests[i + 1]);
        }
        return batch.toString();
    }

    private static InvokeCodec.Encoded cannotEncode(dev.jtauri.ipc.InvokeBody body, ByteTickets tickets) {
        throw new IllegalStateException("cannot encode");
    }

    private PageQueries queries(BlockingPortal portal, Encoder encoder) {
        return queries(portal, encoder, () -> true);
    }

    private PageQueries queries(BlockingPortal portal, Encoder encoder, BooleanSupplier live) {
        TauriRuntime runtime = TauriRuntime.builder(portal).build();
        runtime.commands().registerAll(this.commands);
        ByteTickets tickets = new ByteTickets();
        return new PageQueries(runtime.invoker(),
                (request, page) -> InvokeCodec.decode(request, TOKEN, page, runtime.pageJson()),
                (ok) -> encoder.encode(ok.body(), tickets), JcefWindow.handoff(runtime, this::handOff), this::handOff,
                (reply) -> this.replies.add(reply.text()), (answer) -> {
                    if (!live.getAsBoolean()) {
                        return false;
                    }
                    answer.run();
                    return true;
                });
    }

    private void handOff(Runnable task) {
        this.handedOff.incrementAndGet();
        this.handoff.execute(task);
    }

    private static String query(String command, String json) {
        return String.join("\u001e", TOKEN, command, "{}", "j", json);
    }

    interface Encoder {

        InvokeCodec.Encoded encode(dev.jtauri.ipc.InvokeBody body, ByteTickets tickets);
    }

    public static class Commands {

        final CountDownLatch started = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        final CountDownLatch finished = new CountDownLatch(1);

        final AtomicReference<Thread> thread = new AtomicReference<>();

        final CountDownLatch interrupted = new CountDownLatch(1);

        @TauriCommand
        public String block() throws InterruptedException {
            this.thread.set(Thread.currentThread());
            this.started.countDown();
            try {
                this.release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                this.interrupted.countDown();
                throw ex;
            }
            this.finished.countDown();
            return "released";
        }

        @TauriCommand
        public String unblock() {
            this.release.countDown();
            return "unblocked";
        }

        @TauriCommand
        public String greet(String name) {
            return "Hello, " + name + "!";
        }
    }

    /** The answer a page would get, as text. */
    static class RecordingCallback implements CefQueryCallback {

        final CompletableFuture<String> answer = new CompletableFuture<>();

        @Override
        public void success(String response) {
            this.answer.complete("success:" + response);
        }

        @Override
        public void failure(int code, String message) {
            this.answer.complete("failure:" + code + ":" + message);
        }
    }
}
