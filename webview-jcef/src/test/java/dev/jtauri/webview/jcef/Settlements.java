package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import dev.jtauri.ipc.RequestRejectedException;
import org.cef.callback.CefCallback;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefResourceHandler;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.FakeResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fuzzed request from the moment it is sent until it settles: a query answered exactly once,
 * a batch taken once (or refused whole) with exactly one reply per call, a fetch continued once
 * with a response. Each answer is checked as it comes ({@link PageSafety}); what goes wrong is
 * collected from whatever thread sees it. At most {@value #OPEN_AT_MOST} requests are open at a
 * time, and none may stay open longer than the bound.
 */
final class Settlements {

    private static final int OPEN_AT_MOST = 256;

    private static final int PROBLEMS_KEPT = 40;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Pattern TICKET = Pattern.compile("[0-9a-f]{32}:\\d+");

    private final Duration bound;

    private final Semaphore room = new Semaphore(OPEN_AT_MOST);

    private final Set<Pending> open = ConcurrentHashMap.newKeySet();

    // Batches waiting for their replies, by the frame key the replies carry.
    private final Map<Long, Batch> batches = new ConcurrentHashMap<>();

    private final Queue<String> problems = new ConcurrentLinkedQueue<>();

    private final LongAdder problemCount = new LongAdder();

    private final AtomicLong slowestNanos = new AtomicLong();

    private final Map<String, LongAdder> categories = new ConcurrentSkipListMap<>();

    Settlements(Duration bound) {
        this.bound = bound;
    }

    /** A query on its way to the router. */
    Query query(int index, QueryFuzzer.Query query) {
        return admit(new Query(index, query.category(), query.request(), expectation(query)));
    }

    /** A batch on its way to the router; replies to an earlier open batch with its frame key come first. */
    Batch batch(int index, QueryFuzzer.Query query, InvokeBatch parsed) {
        Batch batch = new Batch(index, query.category(), query.request(), parsed);
        long deadline = System.nanoTime() + this.bound.toNanos();
        while (this.batches.containsKey(parsed.frame())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The batch with frame key " + parsed.frame() + " did not settle within "
                        + this.bound + report());
            }
            LockSupport.parkNanos(100_000);
        }
        this.batches.put(parsed.frame(), batch);
        return admit(batch);
    }

    /** A fetch on its way to the scheme handler. */
    Fetch fetch(int index, FetchFuzzer.Fetch fetch) {
        return admit(new Fetch(index, fetch));
    }

    private <P extends Pending> P admit(P pending) {
        try {
            if (!this.room.tryAcquire(this.bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("No request settled within " + this.bound + report());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", ex);
        }
        this.open.add(pending);
        this.categories.computeIfAbsent(pending.category, (name) -> new LongAdder()).increment();
        return pending;
    }

    /**
     * An answer to a call of a batch, as the window's outbox would send it:
     * {@code ["a",frame,id,kind,value]}.
     */
    void reply(String message) {
        JsonNode reply;
        try {
            reply = MAPPER.readTree(message);
        }
        catch (JacksonException ex) {
            problem("a batched answer that is not JSON: " + Shown.of(message));
            return;
        }
        if (!reply.isArray() || reply.size() != 5 || !"a".equals(reply.get(0).asString())) {
            problem("a batched answer not in the bridge's format: " + Shown.of(message));
            return;
        }
        Batch batch = this.batches.get(reply.get(1).asLong());
        if (batch == null) {
            problem("an answer for a call of no open batch: " + Shown.of(message));
            return;
        }
        batch.reply(reply.get(2).asLong(), reply.get(3).asString(), reply.get(4));
    }

    /** Wait until every request settled, within the bound. */
    void awaitAllSettled() throws InterruptedException {
        long deadline = System.nanoTime() + this.bound.toNanos();
        while (!this.open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(this.open.size() + " requests did not settle within " + this.bound + report());
            }
            Thread.sleep(5);
        }
    }

    /** What went wrong, as many as are kept. */
    List<String> problems() {
        List<String> kept = new ArrayList<>(this.problems);
        if (this.problemCount.sum() > kept.size()) {
            kept.add("... " + (this.problemCount.sum() - kept.size()) + " more");
        }
        return kept;
    }

    /** How many requests of each category were sent. */
    Map<String, Long> categories() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        this.categories.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    Duration slowest() {
        return Duration.ofNanos(this.slowestNanos.get());
    }

    private String report() {
        StringBuilder report = new StringBuilder("; still open:");
        this.open.stream().limit(10).forEach((pending) -> report.append("\n  ").append(pending));
        return report.append("\nproblems so far: ").append(problems()).toString();
    }

    private void problem(String what) {
        this.problemCount.increment();
        if (this.problems.size() < PROBLEMS_KEPT) {
            this.problems.add(what);
        }
    }

    private static Expect expectation(QueryFuzzer.Query query) {
        return switch (query.origin()) {
            case FOREIGN, FRAMED, PERSISTENT -> Expect.FORBIDDEN;
            case UNKNOWN_BROWSER, NO_FRAME -> Expect.NOT_TAKEN;
            case APP -> query.request().equals(QueryRouter.PING) ? Expect.PONG
                    : query.request().startsWith("jtauri:ack:") ? Expect.ACKNOWLEDGED : Expect.INVOKE;
        };
    }

    /** What the router must do with a query. */
    enum Expect {
        /** Answer with the call's result or rejection. */
        INVOKE,
        /** Answer {@code pong}. */
        PONG,
        /** Take the acknowledgement, or refuse a number that is none. */
        ACKNOWLEDGED,
        /** Refuse it: 403. */
        FORBIDDEN,
        /** Leave it to CEF to fail: not taken, never answered. */
        NOT_TAKEN
    }

    /** A request until it settles. */
    abstract class Pending {

        final int index;

        final String category;

        final String sent;

        private final long sentAt = System.nanoTime();

        private final AtomicBoolean settled = new AtomicBoolean();

        // What the page sent, in every form a rejection may quote it.
        private volatile String pageText;

        Pending(int index, String category, String sent) {
            this.index = index;
            this.category = category;
            this.sent = sent;
        }

        String pageText() {
            String text = this.pageText;
            if (text == null) {
                text = PageText.of(this.sent);
                this.pageText = text;
            }
            return text;
        }

        final void settle() {
            if (this.settled.compareAndSet(false, true)) {
                long took = System.nanoTime() - this.sentAt;
                Settlements.this.slowestNanos.accumulateAndGet(took, Math::max);
                if (took > Settlements.this.bound.toNanos()) {
                    problem("settled only after " + Duration.ofNanos(took));
                }
                settled();
                Settlements.this.open.remove(this);
                Settlements.this.room.release();
            }
        }

        void settled() {
        }

        final boolean isSettled() {
            return this.settled.get();
        }

        final void problem(String what) {
            Settlements.this.problem(this + ": " + what);
        }

        final void checkRejection(String json) {
            String problem = PageSafety.problemWithRejection(json, this::pageText);
            if (problem != null) {
                problem(problem);
            }
        }

        @Override
        public String toString() {
            return "#" + this.index + " (" + this.category + ") " + Shown.of(this.sent);
        }
    }

    /** A query: the router takes it or leaves it to CEF, and a query taken is answered once. */
    class Query extends Pending implements CefQueryCallback {

        private final Expect expect;

        // Guarded by "this".
        private int answers;

        private @Nullable Boolean taken;

        Query(int index, String category, String request, Expect expect) {
            super(index, category, request);
            this.expect = expect;
        }

        /** What the router returned. */
        synchronized void taken(boolean taken) {
            this.taken = taken;
            if (taken == (this.expect == Expect.NOT_TAKEN)) {
                problem(taken ? "taken by the router, which must leave it to CEF" : "left to CEF to fail");
            }
            if (!taken && this.answers > 0) {
                problem("answered, though the router left it to CEF");
            }
            settleIfDone();
        }

        /** CEF cancelled it: it may get no answer, but never two. */
        void cancelled() {
            settle();
        }

        @Override
        public synchronized void success(String response) {
            answered();
            switch (this.expect) {
                case PONG -> expectAnswer("pong", response);
                case ACKNOWLEDGED -> expectAnswer("", response);
                case INVOKE -> checkResult(response);
                default -> problem("succeeded with " + Shown.of(response));
            }
            settleIfDone();
        }

        @Override
        public synchronized void failure(int code, String message) {
            answered();
            if (this.expect == Expect.FORBIDDEN && code != 403) {
                problem("refused with " + code + " rather than 403");
            }
            if (this.expect == Expect.PONG) {
                problem("a ping failed");
            }
            refused(message);
            settleIfDone();
        }

        void refused(String rejection) {
            checkRejection(rejection);
        }

        private void answered() {
            this.answers++;
            if (this.answers > 1) {
                problem("answered " + this.answers + " times");
            }
        }

        private void expectAnswer(String expected, String answer) {
            if (!expected.equals(answer)) {
                problem("answered " + Shown.of(answer) + " rather than " + Shown.of(expected));
            }
        }

        void checkResult(String answer) {
            char kind = answer.isEmpty() ? ' ' : answer.charAt(0);
            String payload = answer.isEmpty() ? "" : answer.substring(1);
            switch (kind) {
                case 'j' -> {
                    try {
                        MAPPER.readTree(payload);
                    }
                    catch (JacksonException ex) {
                        problem("a result that is not JSON: " + Shown.of(answer));
                    }
                }
                case 'b' -> {
                    try {
                        Base64.getDecoder().decode(payload);
                    }
                    catch (IllegalArgumentException ex) {
                        problem("raw bytes that are not base64: " + Shown.of(answer));
                    }
                }
                case 't' -> {
                    if (!TICKET.matcher(payload).matches()) {
                        problem("a ticket that is none: " + Shown.of(answer));
                    }
                }
                default -> problem("an answer of no kind: " + Shown.of(answer));
            }
        }

        /** Whether every answer it waits for came. */
        boolean done() {
            return this.answers > 0;
        }

        final void settleIfDone() {
            if (Boolean.FALSE.equals(this.taken) || (Boolean.TRUE.equals(this.taken) && done())) {
                settle();
            }
        }
    }

    /**
     * A batch: taken (an empty success) and then one reply per call, or refused as a whole with no
     * reply. The calls are the ones {@link InvokeBatch#parse} finds.
     */
    final class Batch extends Query {

        private final long frame;

        // Guarded by "this": replies still due, by call id (a page may repeat an id).
        private final Map<Long, Integer> due = new HashMap<>();

        private int dueCount;

        private boolean refused;

        Batch(int index, String category, String request, InvokeBatch parsed) {
            super(index, category, request, Expect.INVOKE);
            this.frame = parsed.frame();
            for (InvokeBatch.Call call : parsed.calls()) {
                this.due.merge(call.id(), 1, Integer::sum);
                this.dueCount++;
            }
        }

        @Override
        void checkResult(String answer) {
            if (!answer.isEmpty()) {
                problem("a batch taken with " + Shown.of(answer) + " rather than an empty answer");
            }
        }

        @Override
        void refused(String rejection) {
            this.refused = true;
            problem("a well-formed batch refused as a whole: " + Shown.of(rejection));
        }

        synchronized void reply(long id, String kind, JsonNode value) {
            Integer left = this.due.get(id);
            if (left == null || left == 0 || this.refused) {
                problem("an extra answer for call " + id);
                return;
            }
            this.due.put(id, left - 1);
            this.dueCount--;
            switch (kind) {
                case "e" -> {
                    String problem = PageSafety.problemWithRejection(value, this::pageText);
                    if (problem != null) {
                        problem("call " + id + ": " + problem);
                    }
                }
                case "j" -> { }
                case "b" -> {
                    if (!value.isString()) {
                        problem("call " + id + ": raw bytes that are not a string");
                    }
                }
                case "t" -> {
                    if (!value.isString() || !TICKET.matcher(value.asString()).matches()) {
                        problem("call " + id + ": a ticket that is none");
                    }
                }
                default -> problem("call " + id + ": an answer of no kind " + Shown.of(kind));
            }
            settleIfDone();
        }

        @Override
        boolean done() {
            return super.done() && (this.refused || this.dueCount == 0);
        }

        @Override
        void settled() {
            Settlements.this.batches.remove(this.frame, this);
        }
    }

    /** A batch that {@link InvokeBatch#parse} refuses: refused whole, with no reply. */
    Query malformedBatch(int index, QueryFuzzer.Query query, RequestRejectedException refusal) {
        return admit(new Query(index, query.category(), query.request(), Expect.INVOKE) {

            @Override
            void checkResult(String answer) {
                problem("a malformed batch (" + refusal.getMessage() + ") taken with " + Shown.of(answer));
            }
        });
    }

    /** A fetch: the handler continues once, with a response of the status its case calls for. */
    final class Fetch extends Pending implements CefCallback {

        private final FetchFuzzer.Fetch fetch;

        private volatile @Nullable CefResourceHandler handler;

        // Guarded by "this".
        private int continued;

        Fetch(int index, FetchFuzzer.Fetch fetch) {
            super(index, fetch.category(), fetch.method() + " " + fetch.url() + " " + fetch.headers() + " "
                    + new String(bodyOf(fetch), StandardCharsets.UTF_8));
            this.fetch = fetch;
        }

        void handler(CefResourceHandler handler) {
            this.handler = handler;
        }

        @Override
        public synchronized void Continue() {
            this.continued++;
            if (this.continued > 1) {
                problem("continued " + this.continued + " times");
                return;
            }
            CefResourceHandler made = this.handler;
            if (made == null) {
                problem("continued before the handler was made");
            }
            else {
                FakeResponse response = new FakeResponse();
                IntRef length = new IntRef(0);
                made.getResponseHeaders(response, length, new StringRef());
                check(response, read(made, length.get()));
            }
            settle();
        }

        @Override
        public void cancel() {
            problem("cancelled by the handler");
            settle();
        }

        private static byte[] read(CefResourceHandler handler, int length) {
            byte[] body = new byte[Math.max(0, length)];
            IntRef count = new IntRef(0);
            int at = 0;
            byte[] chunk = new byte[64 * 1024];
            while (handler.readResponse(chunk, chunk.length, count, null)) {
                System.arraycopy(chunk, 0, body, at, count.get());
                at += count.get();
            }
            return (at == body.length) ? body : Arrays.copyOf(body, at);
        }

        private void check(FakeResponse response, byte[] body) {
            int status = response.getStatus();
            String outcome = response.getHeaderByName("Jtauri-Response");
            if (status == 500) {
                problem("failed in the handler: 500");
                return;
            }
            if (outcome == null) {
                if (this.fetch.reachesPipeline()) {
                    problem("an invoke the pipeline did not answer: " + status);
                }
                else if (status != 403 && status != 404) {
                    problem("refused with " + status + " rather than 403 or 404");
                }
                return;
            }
            if (!this.fetch.reachesPipeline()) {
                problem("answered by the pipeline, which it must not reach");
            }
            switch (outcome) {
                case "error" -> {
                    if (status != 200 && status != 413) {
                        problem("a rejection with status " + status);
                    }
                    checkRejection(new String(body, StandardCharsets.UTF_8));
                }
                case "ok", "ticket" -> {
                    if (this.fetch.mustBeRefused()) {
                        problem("accepted: " + Shown.of(new String(body, StandardCharsets.UTF_8)));
                    }
                    if (this.fetch.echoed() != null && !Arrays.equals(this.fetch.echoed(), body)) {
                        problem("echoed " + body.length + " bytes that differ from the " + this.fetch.echoed().length
                                + " sent");
                    }
                }
                default -> problem("an outcome of no kind: " + Shown.of(outcome));
            }
        }

        private static byte[] bodyOf(FetchFuzzer.Fetch fetch) {
            if (fetch.body() == null) {
                return new byte[0];
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (org.cef.network.FakePostData.Element element : fetch.body()) {
                byte[] chunk = new byte[Math.min(element.getBytesCount(), 1 << 20)];
                int read = element.getBytes(chunk.length, chunk);
                bytes.write(chunk, 0, read);
            }
            return bytes.toByteArray();
        }
    }
}
