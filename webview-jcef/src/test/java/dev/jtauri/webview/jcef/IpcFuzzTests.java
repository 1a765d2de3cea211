package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.jtauri.ipc.RequestRejectedException;
import org.cef.callback.CefCallback;
import org.cef.handler.CefResourceHandler;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.FakePostData;
import org.cef.network.FakeResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IPC surface under a page that sends anything: random and mutated requests (bad JSON, wrong
 * argument types, values beyond the JSON limits, lone surrogates, wrong tokens, broken batches,
 * bad headers, unknown and {@code plugin:} commands, garbage pings and acknowledgements, bytes that
 * are not UTF-8, bad percent-encoding, oversized bodies) go through the real router, window
 * queries, scheme handler and runtime, from the thread that stands for CEF's UI thread. Every one
 * settles within a bound, once, with a success or a page-safe structured rejection; nothing is
 * thrown to the calling thread or left to an uncaught-exception handler; and the runtime still
 * answers ordinary calls afterwards.
 *
 * <p>Each run takes a new seed and prints it; {@code -Djtauri.fuzz.seed=<seed>} repeats a run, and
 * {@code -Djtauri.fuzz.queries} and {@code -Djtauri.fuzz.fetches} set how many requests it sends.
 */
class IpcFuzzTests {

    private static final FuzzSeed SEED = FuzzSeed.fromSystemProperty();

    private static final int QUERIES = Integer.getInteger("jtauri.fuzz.queries", 100_000);

    private static final int FETCHES = Integer.getInteger("jtauri.fuzz.fetches", 20_000);

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final Queue<String> uncaught = new ConcurrentLinkedQueue<>();

    private Thread.UncaughtExceptionHandler previousHandler;

    private final FuzzCommands commands = new FuzzCommands(Thread.currentThread());

    @BeforeEach
    void recordUncaughtExceptions() {
        this.previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> this.uncaught.add(thread.getName() + ": " + ex));
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(this.previousHandler);
    }

    @Test
    void everyQueryAPageCanSendSettlesOnceWithAPageSafeAnswer() throws Exception {
        Random random = SEED.random("queries");
        Settlements settlements = new Settlements(BOUND);
        long started = System.nanoTime();
        try (FuzzedWindow window = new FuzzedWindow(this.commands)) {
            window.onReplies(settlements::reply);
            QueryFuzzer fuzzer = new QueryFuzzer(random, new JsonFuzzer(random, FuzzedWindow.LIMITS), window.token(),
                    FuzzedWindow.MAX_PAYLOAD_SIZE);
            Settlements.Query[] recent = new Settlements.Query[256];
            for (int i = 0; i < QUERIES; i++) {
                QueryFuzzer.Query query = fuzzer.next();
                Settlements.Query answer = track(settlements, i, query);
                recent[i % recent.length] = answer;
                boolean taken;
                try {
                    taken = window.query(query.origin(), queryId(i), query.request(), answer);
                }
                catch (Throwable ex) {
                    answer.problem("thrown to CEF's thread: " + ex);
                    taken = false;
                }
                answer.taken(taken);
                if (random.nextInt(100) == 0) {
                    cancelOne(window, recent[random.nextInt(Math.min(i + 1, recent.length))], random);
                }
            }
            settlements.awaitAllSettled();
            report("queries", QUERIES, started, settlements);
            assertThat(settlements.problems()).as(SEED.toString()).isEmpty();
            assertThat(window.pendingQueries()).as("queries the window still holds").isZero();

            assertStillAnswered(window);
        }
        assertNothingEscaped();
    }

    @Test
    void everyFetchedInvokeSettlesOnceAndBytesThatAreNotUtf8AreRefused() throws Exception {
        Random random = SEED.random("fetches");
        Settlements settlements = new Settlements(BOUND);
        long started = System.nanoTime();
        try (FuzzedWindow window = new FuzzedWindow(this.commands)) {
            FetchFuzzer fuzzer = new FetchFuzzer(random, new JsonFuzzer(random, FuzzedWindow.LIMITS), window.token(),
                    FuzzedWindow.MAX_PAYLOAD_SIZE);
            for (int i = 0; i < FETCHES; i++) {
                FetchFuzzer.Fetch fetch = fuzzer.next();
                Settlements.Fetch answer = settlements.fetch(i, fetch);
                try {
                    window.fetch(fetch, answer::handler, answer);
                }
                catch (Throwable ex) {
                    answer.problem("thrown to CEF's thread: " + ex);
                    answer.settle();
                }
            }
            settlements.awaitAllSettled();
            report("fetched invokes", FETCHES, started, settlements);
            assertThat(settlements.problems()).as(SEED.toString()).isEmpty();

            byte[] large = new byte[InvokeCodec.RAW_INLINE_LIMIT + 3];
            random.nextBytes(large);
            assertThat(fetchNow(window, "echoBytes", large).get(10, TimeUnit.SECONDS))
                .isEqualTo("ok:" + large.length + " bytes, the same");
            assertThat(fetchNow(window, "greet", "{\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8))
                .get(10, TimeUnit.SECONDS)).isEqualTo("ok:\"Hello, Ada!\"");
            assertStillAnswered(window);
        }
        assertNothingEscaped();
    }

    @Test
    void theDecodersRefuseWhatTheyCannotReadWithAMalformedRequestAndNothingElse() {
        Random random = SEED.random("decoders");
        JsonFuzzer json = new JsonFuzzer(random, FuzzedWindow.LIMITS);
        String token = SingleUseTokens.randomHex();
        QueryFuzzer queries = new QueryFuzzer(random, json, token, FuzzedWindow.MAX_PAYLOAD_SIZE);
        FetchFuzzer fetches = new FetchFuzzer(random, json, token, FuzzedWindow.MAX_PAYLOAD_SIZE);
        dev.jtauri.ipc.PageJson pageJson = dev.jtauri.ipc.PageJson.of(tools.jackson.databind.json.JsonMapper.builder()
            .build(), FuzzedWindow.LIMITS);
        dev.jtauri.webview.PageConnection page = dev.jtauri.webview.PageConnection.detached("main");
        List<String> problems = new ArrayList<>();
        // Fewer than go through the pipeline: the decoders are the first step of every one of those.
        for (int i = 0; i < QUERIES / 5 && problems.size() < 20; i++) {
            String request = queries.next().request();
            refusedOnlyAsMalformed(problems, request, () -> {
                if (InvokeBatch.isBatch(request)) {
                    InvokeBatch.parse(request);
                }
                else {
                    InvokeCodec.decode(request, token, page, pageJson);
                }
            });
            String command = fetches.badlyEncoded();
            String headers = fetches.badHeaders();
            refusedOnlyAsMalformed(problems, command + " " + headers, () -> InvokeCodec.decodeFetched(command, headers,
                    new byte[0], page, pageJson));
        }
        assertThat(problems).as(SEED.toString()).isEmpty();
    }

    private static void refusedOnlyAsMalformed(List<String> problems, String input, Runnable decode) {
        try {
            decode.run();
        }
        catch (RequestRejectedException ex) {
            String leak = PageSafety.leak(ex.getMessage(), () -> PageText.of(input));
            if (leak != null) {
                problems.add(leak + " in " + Shown.of(ex.getMessage()) + " for " + Shown.of(input));
            }
        }
        catch (RuntimeException ex) {
            problems.add(ex + " for " + Shown.of(input));
        }
    }

    /** A query that is a batch the parser reads waits for its replies; one it refuses, for its refusal. */
    private static Settlements.Query track(Settlements settlements, int index, QueryFuzzer.Query query) {
        if (query.origin() != QueryFuzzer.Origin.APP || !InvokeBatch.isBatch(query.request())) {
            return settlements.query(index, query);
        }
        try {
            return settlements.batch(index, query, InvokeBatch.parse(query.request()));
        }
        catch (RequestRejectedException ex) {
            return settlements.malformedBatch(index, query, ex);
        }
        catch (RuntimeException ex) {
            throw new AssertionError(SEED + ": the batch parser threw on #" + index + " " + Shown.of(query.request()), ex);
        }
    }

    /**
     * CEF cancels a query: one still open (not a batch, whose calls are answered whatever becomes
     * of its query), one answered already, or one it never had.
     */
    private static void cancelOne(FuzzedWindow window, Settlements.Query query, Random random) {
        if (random.nextInt(4) == 0) {
            window.cancel(random.nextLong());
            return;
        }
        if (query instanceof Settlements.Batch && !query.isSettled()) {
            return;
        }
        if (!query.isSettled()) {
            query.cancelled();
        }
        window.cancel(queryId(query.index));
    }

    private static long queryId(int index) {
        return index + 1L;
    }

    /** The runtime and the window still answer ordinary calls, single and batched, and hold nothing. */
    private static void assertStillAnswered(FuzzedWindow window) throws Exception {
        String greet = String.join("\u001e", window.token(), "greet", "{}", "j", "{\"name\":\"Ada\"}");
        assertThat(window.ask(Integer.MAX_VALUE, greet).get(10, TimeUnit.SECONDS))
            .isEqualTo("success:j\"Hello, Ada!\"");
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        window.onReplies(replies::add);
        String add = String.join("\u001e", window.token(), "add", "{}", "j", "{\"a\":2,\"b\":3}");
        assertThat(window.ask(Integer.MAX_VALUE - 1L, "\u001d424242\u001d1\u001f" + greet + "\u001d2\u001f" + add)
            .get(10, TimeUnit.SECONDS)).isEqualTo("success:");
        List<String> answers = List.of(replies.poll(10, TimeUnit.SECONDS), replies.poll(10, TimeUnit.SECONDS));
        assertThat(answers).containsExactlyInAnyOrder("[\"a\",424242,1,\"j\",\"Hello, Ada!\"]",
                "[\"a\",424242,2,\"j\",5]");
        assertThat(window.ask(Integer.MAX_VALUE - 2L, QueryRouter.PING).get(10, TimeUnit.SECONDS))
            .isEqualTo("success:pong");
        assertThat(window.pendingQueries()).isZero();
    }

    /** A fetched invoke's outcome: {@code ok:<JSON>} or {@code ok:<n> bytes, the same}, or what came. */
    private static CompletableFuture<String> fetchNow(FuzzedWindow window, String command, byte[] body) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        FetchFuzzer.Fetch fetch = new FetchFuzzer.Fetch("normal", "tauri://localhost/__jtauri/ipc/" + command, "POST",
                Map.of("Jtauri-Token", window.token()), List.of(new FakePostData.Element(body)), true, true, false, null);
        CefResourceHandler[] made = new CefResourceHandler[1];
        window.fetch(fetch, (handler) -> made[0] = handler, new CefCallback() {
            @Override
            public void Continue() {
                FakeResponse response = new FakeResponse();
                IntRef length = new IntRef(0);
                made[0].getResponseHeaders(response, length, new StringRef());
                byte[] read = new byte[length.get()];
                IntRef count = new IntRef(0);
                made[0].readResponse(read, read.length, count, null);
                String result = response.getHeaderByName("Jtauri-Response") + ":";
                outcome.complete(response.getMimeType().equals("application/json")
                        ? result + new String(read, StandardCharsets.UTF_8)
                        : result + read.length + (java.util.Arrays.equals(read, body) ? " bytes, the same" : " bytes"));
            }

            @Override
            public void cancel() {
                outcome.complete("cancelled");
            }
        });
        return outcome;
    }

    private void assertNothingEscaped() {
        assertThat(this.uncaught).as("exceptions left to an uncaught-exception handler").isEmpty();
        assertThat(this.commands.ranOnUiThread).as("commands run on the thread standing for CEF's").isEmpty();
    }

    private static void report(String what, int count, long started, Settlements settlements) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("[fuzz] %d %s in %.1f s (%s), slowest to settle %d ms: %s%n", count, what,
                took.toMillis() / 1000.0, SEED, settlements.slowest().toMillis(), settlements.categories());
    }
}
