package dev.jtauri.webview.jcef;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.path.PathPluginCommands;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageSecurity;
import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefCallback;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefResourceHandler;
import org.cef.network.FakeRequest;

/**
 * One window's IPC as the host wires it, around a real runtime ({@link FuzzCommands}, the event
 * and path plugins), with only CEF faked: the {@link QueryRouter} that every {@code cefQuery}
 * reaches, the window's {@link PageQueries} (wired as {@link JcefWindow} wires them, its batched
 * answers going to a sink that stands for the outbox), and the {@link AppRequests} that fetched
 * invokes reach. The window of the running app behind them is a real {@link JcefWindow} whose
 * browser CEF never created: acknowledgements reach its outbox, fetched invokes its document.
 */
final class FuzzedWindow implements AutoCloseable {

    /** {@code tauri.ipc.max-payload-size}, small enough that a body over it costs little. */
    static final long MAX_PAYLOAD_SIZE = 512 * 1024;

    /** The defaults of the {@code tauri.ipc.max-*} limits, with strings shorter than the payload. */
    static final JsonLimits LIMITS = new JsonLimits(JsonLimits.DEFAULT_MAX_NESTING_DEPTH, 64 * 1024,
            JsonLimits.DEFAULT_MAX_NUMBER_LENGTH, JsonLimits.DEFAULT_MAX_NAME_LENGTH, MAX_PAYLOAD_SIZE);

    private static final String APP_URL = "tauri://localhost/index.html";

    private final String token = SingleUseTokens.randomHex();

    private final ExecutorService portalThreads = TauriExecutors.portal();

    private final ExecutorService io = TauriExecutors.daemonPool("tauri-webview-io-");

    private final TauriRuntime runtime;

    private final CefBrowser browser = CefFakes.browser();

    private final CefFrame appFrame = CefFakes.frame(APP_URL, null);

    private final CefFrame foreignFrame = CefFakes.frame("https://evil.example/", null);

    private final CefFrame framedAppFrame = CefFakes.frame(APP_URL, this.foreignFrame);

    private final JcefWindow window;

    private final BrowserFrame liveFrame;

    private final PageQueries queries;

    private final QueryRouter router;

    private final AppRequests requests;

    private volatile Consumer<String> replies = (reply) -> { };

    FuzzedWindow(FuzzCommands commands) {
        this.runtime = TauriRuntime.builder(new BlockingPortal(this.portalThreads)).maxPayloadSize(MAX_PAYLOAD_SIZE)
            .jsonLimits(LIMITS).plugins(List.of(PathPluginCommands.plugin())).build();
        this.runtime.commands().registerAll(commands);
        WindowOptions options = WindowOptions.builder("main", "index.html").build();
        AppOrigins origins = new AppOrigins(null);
        this.window = new JcefWindow(options, new JcefOptions((path) -> null, null, false, "fuzzed", new CefEngineOptions(
                Path.of("i"), Path.of("d"), List.of()), MAX_PAYLOAD_SIZE, LIMITS.maxNestingDepth(),
                Duration.ofSeconds(10), PageSecurity.DEFAULT), this.token, this.runtime, origins,
                (url) -> CefFakes.browser(), this.io);
        this.runtime.connect(this.window);
        this.liveFrame = CefFakes.liveFrame(this.browser, options);
        this.queries = new PageQueries(this.runtime.invoker(),
                (request, page) -> InvokeCodec.decode(request, this.token, page, this.runtime.pageJson()),
                (ok) -> InvokeCodec.encode(ok.body(), this.window.tickets()), JcefWindow.handoff(this.runtime, this.io),
                this.io, (reply) -> this.replies.accept(reply.text()),
                (answer) -> this.liveFrame.whileLive((live) -> answer.run()));
        HostedPage page = new Page();
        this.router = new QueryRouter((asked) -> (asked == this.browser) ? page : null, origins);
        this.requests = new AppRequests((asked) -> (asked == this.browser) ? page : null, origins, (path) -> null, null,
                new BridgeScript(this.runtime.jsonMapper(), LIMITS.maxNestingDepth()),
                new CspHeaders(null, Set.of(), origins.frameAncestors()), MAX_PAYLOAD_SIZE, this.io);
    }

    String token() {
        return this.token;
    }

    /** Where the answers to batched calls go from now on, as the window's outbox would send them. */
    void onReplies(Consumer<String> replies) {
        this.replies = replies;
    }

    /**
     * A {@code cefQuery} as CEF hands it to the router, on the calling thread.
     * @return whether the router took it (else CEF fails it)
     */
    boolean query(QueryFuzzer.Origin origin, long queryId, String request, CefQueryCallback callback) {
        return switch (origin) {
            case APP -> this.router.onQuery(this.browser, this.appFrame, queryId, request, false, callback);
            case FOREIGN -> this.router.onQuery(this.browser, this.foreignFrame, queryId, request, false, callback);
            case FRAMED -> this.router.onQuery(this.browser, this.framedAppFrame, queryId, request, false, callback);
            case PERSISTENT -> this.router.onQuery(this.browser, this.appFrame, queryId, request, true, callback);
            case UNKNOWN_BROWSER -> this.router.onQuery(CefFakes.browser(), this.appFrame, queryId, request, false,
                    callback);
            case NO_FRAME -> this.router.onQuery(this.browser, null, queryId, request, false, callback);
        };
    }

    /** CEF cancels a query: its page went away. */
    void cancel(long queryId) {
        this.router.onQueryCanceled(this.browser, this.appFrame, queryId);
    }

    /**
     * A request to the app's scheme as CEF hands it over, on the calling thread: the handler is
     * made and asked to process the request, which it hands off.
     * @param handler takes the handler before it processes the request
     */
    void fetch(FetchFuzzer.Fetch fetch, Consumer<CefResourceHandler> handler, CefCallback callback) {
        FakeRequest request = new FakeRequest(fetch.url(), fetch.method(), fetch.headers(), fetch.postData());
        CefResourceHandler made = this.requests.handle(this.browser, fetch.fromApp() ? this.appFrame : this.foreignFrame,
                request);
        handler.accept(made);
        made.processRequest(request, callback);
    }

    /** Queries the window's {@link PageQueries} still wait to answer. */
    int pendingQueries() {
        return this.queries.pendingCount();
    }

    /** A query answered as a page would see it: {@code success:<answer>} or {@code failure:<code>:<message>}. */
    CompletableFuture<String> ask(long queryId, String request) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        boolean taken = query(QueryFuzzer.Origin.APP, queryId, request, new CefQueryCallback() {
            @Override
            public void success(String response) {
                answer.complete("success:" + response);
            }

            @Override
            public void failure(int code, String message) {
                answer.complete("failure:" + code + ":" + message);
            }
        });
        if (!taken) {
            answer.complete("not taken");
        }
        return answer;
    }

    @Override
    public void close() {
        this.portalThreads.shutdownNow();
        this.io.shutdownNow();
    }

    /** The page the router and the scheme handler find for the fake browser. */
    private final class Page implements HostedPage {

        @Override
        public String label() {
            return FuzzedWindow.this.window.label();
        }

        @Override
        public String token() {
            return FuzzedWindow.this.token;
        }

        @Override
        public BrowserFrame frame() {
            return FuzzedWindow.this.liveFrame;
        }

        @Override
        public CompletableFuture<JcefWindow> appWindow() {
            return CompletableFuture.completedFuture(FuzzedWindow.this.window);
        }

        @Override
        public boolean query(long queryId, String request, CefQueryCallback callback) {
            return FuzzedWindow.this.queries.handle(queryId, request, FuzzedWindow.this.window.document(), callback);
        }

        @Override
        public void cancelQuery(long queryId) {
            FuzzedWindow.this.queries.cancel(queryId);
        }

        @Override
        public void cancelCall(long frame, long id) {
            FuzzedWindow.this.queries.cancel(frame, id);
        }
    }
}
