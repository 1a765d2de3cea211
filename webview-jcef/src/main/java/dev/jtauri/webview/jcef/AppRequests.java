package dev.jtauri.webview.jcef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.runtime.Invoker;
import dev.jtauri.runtime.RunningCall;
import dev.jtauri.webview.Asset;
import dev.jtauri.webview.AssetResolver;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.handler.CefResourceHandler;
import org.cef.network.CefRequest;
import org.jspecify.annotations.Nullable;

/**
 * Answers every request of the app's origins: {@code tauri://localhost} (the frontend) and the
 * dev server's, when one is configured.
 *
 * <ul>
 * <li>{@code /__jtauri/bridge.js?n=<token>}: the bridge, with the requesting window's label and
 * IPC token, for documents jtauri served, each of which holds a one-time token for it (see
 * {@link SingleUseTokens}).</li>
 * <li>{@code /__jtauri/ipc/<command>}: an invoke with a large raw body, by fetch.</li>
 * <li>{@code /__jtauri/response/<ticket>} and {@code /__jtauri/response/<ticket>/<from>/<to>}: a
 * large raw result or channel message, whole or a range of it, from the window's
 * {@link ByteTickets}.</li>
 * <li>anything else: a frontend file (the bridge's script added to HTML), or the dev server's
 * response (likewise), with the {@code Content-Security-Policy} of {@link CspHeaders}.</li>
 * </ul>
 * The other {@code /__jtauri/} paths answer only frames that {@link AppOrigins#mayUseIpc may use
 * IPC}; work happens on an I/O executor, never on CEF's threads.
 */
final class AppRequests {

    private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(AppRequests.class);

    private static final String PREFIX = "/__jtauri/";

    private static final String IPC = PREFIX + "ipc/";

    private static final String RESPONSE = PREFIX + "response/";

    private static final String OCTET_STREAM = "application/octet-stream";

    private static final String CSP_HEADER = "Content-Security-Policy";

    private final Function<CefBrowser, @Nullable HostedPage> pages;

    private final AppOrigins origins;

    private final AssetResolver assets;

    private final @Nullable DevServerProxy devServer;

    private final BridgeScript bridge;

    private final CspHeaders csp;

    private final long earlyPayloadLimit;

    private final Executor io;

    // The one-time tokens of the pages served, which their bridge's tag asks for the bridge with.
    private final SingleUseTokens<Boolean> bridgeTokens = new SingleUseTokens<>();

    /**
     * @param pages the page each browser shows
     * @param earlyPayloadLimit the largest invoke body read for a page whose window the runtime
     * has not adopted yet; the runtime's own limit applies once it has
     */
    AppRequests(Function<CefBrowser, @Nullable HostedPage> pages, AppOrigins origins, AssetResolver assets,
            @Nullable DevServerProxy devServer, BridgeScript bridge, CspHeaders csp, long earlyPayloadLimit,
            Executor io) {
        this.pages = pages;
        this.csp = csp;
        this.earlyPayloadLimit = earlyPayloadLimit;
        this.origins = origins;
        this.assets = assets;
        this.devServer = devServer;
        this.bridge = bridge;
        this.io = io;
    }

    /**
     * The handler of one request. Called on a CEF thread; reads what it needs from the request
     * (valid only during this call) and hands the rest off.
     */
    CefResourceHandler handle(@Nullable CefBrowser browser, @Nullable CefFrame frame, CefRequest request) {
        String url = request.getURL();
        String rawPath = AssetPaths.rawPath(url);
        String path = (rawPath != null) ? rawPath : "";
        if (path.startsWith(PREFIX)) {
            HostedPage page = (browser != null) ? this.pages.apply(browser) : null;
            if (page != null && path.equals(HtmlInjection.BRIDGE_PATH)) {
                return bridge(page, url);
            }
            if (page == null || frame == null || !this.origins.mayUseIpc(frame)) {
                logger.debug("Refused {} to a frame at {}", path, (frame != null) ? frame.getURL() : null);
                return AsyncResourceHandler.of(ResourceResponse.forbidden());
            }
            return internal(page, path, request);
        }
        if (this.devServer != null && this.origins.isDevServer(url)) {
            Map<String, String> headers = new HashMap<>();
            request.getHeaderMap(headers);
            String method = request.getMethod();
            byte[] body = devServerBody(request, (browser != null) ? this.pages.apply(browser) : null);
            if (body == null) {
                return AsyncResourceHandler.of(ResourceResponse.text(413, "Payload Too Large"));
            }
            return new AsyncResourceHandler(() -> this.devServer.forward(url, method, headers, body)
                .thenApply(this::served), this.io);
        }
        return new AsyncResourceHandler(() -> CompletableFuture.completedFuture(served(asset(url))), this.io);
    }

    /** The bridge, for a document jtauri served: one that holds an unused token. */
    private CefResourceHandler bridge(HostedPage page, String url) {
        String query = URI.create(url).getRawQuery();
        String token = (query != null && query.startsWith("n=")) ? query.substring(2) : null;
        if (this.bridgeTokens.redeem(token) == null) {
            logger.debug("Refused the bridge to a document jtauri did not serve");
            return AsyncResourceHandler.of(ResourceResponse.forbidden());
        }
        return AsyncResourceHandler.of(ResourceResponse.ok("text/javascript",
                this.bridge.render(page.label(), page.token())));
    }

    private CefResourceHandler internal(HostedPage page, String path, CefRequest request) {
        if (path.startsWith(RESPONSE)) {
            JcefWindow window = page.appWindow().getNow(null);
            ByteTickets.Range range = (window != null) ? ticketRange(window.tickets(), path.substring(RESPONSE.length()))
                    : null;
            return AsyncResourceHandler.of((range != null)
                    ? ResourceResponse.range(OCTET_STREAM, range.bytes(), range.from(), range.to())
                    : ResourceResponse.notFound());
        }
        if (path.startsWith(IPC) && "POST".equals(request.getMethod())
                && page.token().equals(request.getHeaderByName("Jtauri-Token"))) {
            return fetchedInvoke(page, path.substring(IPC.length()), request);
        }
        return AsyncResourceHandler.of(ResourceResponse.forbidden());
    }

    /** {@code <ticket>} or {@code <ticket>/<from>/<to>}: what a ticket serves, if anything. */
    private static ByteTickets.@Nullable Range ticketRange(ByteTickets tickets, String spec) {
        String[] parts = spec.split("/", -1);
        if (parts.length == 1) {
            return tickets.take(parts[0]);
        }
        if (parts.length != 3) {
            return null;
        }
        try {
            return tickets.take(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * An invoke with a large raw body. The body is read here, where the request is valid, but
     * only when its declared size is within {@code tauri.ipc.max-payload-size}; everything else,
     * decoding included, happens in the pipeline, started from jtauri's own threads, once the
     * page's window belongs to the running app.
     */
    private CefResourceHandler fetchedInvoke(HostedPage page, String command, CefRequest request) {
        JcefWindow adopted = page.appWindow().getNow(null);
        long limit = (adopted != null) ? adopted.runtime().invoker().maxPayloadSize() : this.earlyPayloadLimit;
        String headers = request.getHeaderByName("Jtauri-Headers");
        RequestBodies.Body body = RequestBodies.read(request.getPostData(), limit);
        if (body instanceof RequestBodies.TooLarge tooLarge) {
            logger.debug("Refused an upload of {} bytes unread", tooLarge.declaredSize());
            return new AsyncResourceHandler(() -> page.appWindow().thenCompose((window) -> {
                Invoker invoker = window.runtime().invoker();
                return invoker.decodeAndInvoke(() -> {
                    throw invoker.payloadTooLarge(InvokeCodec.decodeCommand(command));
                });
            }).thenApply((response) -> toResponse(response, null)), this.io);
        }
        byte[] bytes = ((RequestBodies.Bytes) body).data();
        Executor start = (adopted != null) ? JcefWindow.handoff(adopted.runtime(), this.io) : this.io;
        // The caller is the document shown as the request arrives, or, for a window not adopted
        // yet, the first the running app sees.
        PageDocument caller = (adopted != null) ? adopted.document() : null;
        // A fetch the page aborts (or leaves) is cancelled by CEF: the call is called off with it.
        CallOnCancel call = new CallOnCancel();
        return new AsyncResourceHandler(() -> page.appWindow().thenCompose((window) -> call.started(window.runtime()
            .invoker()
            .start(() -> InvokeCodec.decodeFetched(command, headers, bytes, (caller != null) ? caller : window.document(),
                    window.runtime().pageJson())))
            .response()
            .thenApply((response) -> toResponse(response, window.tickets()))), start, call::cancel);
    }

    /** A fetched invoke's call, called off when CEF cancels its request, whether it has started or not. */
    private static final class CallOnCancel {

        // Guarded by "this".
        private @Nullable RunningCall call;

        private boolean cancelled;

        synchronized RunningCall started(RunningCall started) {
            this.call = started;
            if (this.cancelled) {
                started.cancel();
            }
            return started;
        }

        void cancel() {
            RunningCall started;
            synchronized (this) {
                this.cancelled = true;
                started = this.call;
            }
            if (started != null) {
                started.cancel();
            }
        }
    }

    /**
     * The answer to a fetched invoke: the result itself, or for a result large enough to be
     * fetched faster in ranges, a ticket to it.
     * @param tickets the window's tickets, or {@code null} for an answer that is an error
     */
    private static ResourceResponse toResponse(InvokeResponse response, @Nullable ByteTickets tickets) {
        if (response instanceof InvokeResponse.Ok ok) {
            boolean json = ok.body() instanceof InvokeBody.Json;
            byte[] bytes = ok.body().bytes();
            if (!json && tickets != null && InvokeCodec.fetchedInRanges(bytes.length)) {
                return new ResourceResponse(200, "text/plain", Map.of("Jtauri-Response", "ticket"),
                        tickets.issue(bytes).getBytes(StandardCharsets.US_ASCII));
            }
            return new ResourceResponse(200, json ? "application/json" : OCTET_STREAM, Map.of("Jtauri-Response", "ok"),
                    bytes);
        }
        InvokeResponse.Err err = (InvokeResponse.Err) response;
        int status = (err.error().kind() == InvokeError.Kind.PAYLOAD_TOO_LARGE) ? 413 : 200;
        return new ResourceResponse(status, "application/json", Map.of("Jtauri-Response", "error"),
                err.json().getBytes(StandardCharsets.UTF_8));
    }

    private ResourceResponse asset(String url) {
        String path = AssetPaths.of(url);
        Asset asset = (path != null) ? this.assets.resolve(path) : null;
        if (asset == null) {
            return ResourceResponse.notFound();
        }
        try (InputStream in = asset.open()) {
            return ResourceResponse.ok(asset.mimeType(), in.readAllBytes());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read frontend file " + path, ex);
        }
    }

    /**
     * An HTML page with the bridge's tag put first, under a fresh one-time token, marked
     * {@code no-store} because the token works once, and with the app's Content Security Policy
     * and the nonce it gives the page's tags. Other responses as they are, with the policy that
     * keeps pages of other origins from framing them.
     */
    ResourceResponse served(ResourceResponse response) {
        Map<String, String> headers = new HashMap<>(response.headers());
        if (!response.mimeType().equals("text/html") || response.status() != 200) {
            headers.put(CSP_HEADER, this.csp.forResource());
            return new ResourceResponse(response.status(), response.mimeType(), headers, response.body(),
                    response.from(), response.to());
        }
        String nonce = this.csp.newNonce();
        headers.put("Cache-Control", "no-store");
        headers.put(CSP_HEADER, this.csp.forPage(nonce));
        return new ResourceResponse(response.status(), response.mimeType(), headers,
                HtmlInjection.inject(response.body(), this.bridgeTokens.issue(Boolean.TRUE),
                        this.csp.noncesScripts() ? nonce : null, this.csp.noncesStyles() ? nonce : null));
    }

    /** A request's body for the dev server, within the same limit as invokes. */
    private @Nullable byte[] devServerBody(CefRequest request, @Nullable HostedPage page) {
        JcefWindow window = (page != null) ? page.appWindow().getNow(null) : null;
        long limit = (window != null) ? window.runtime().invoker().maxPayloadSize() : this.earlyPayloadLimit;
        RequestBodies.Body body = RequestBodies.read(request.getPostData(), limit);
        return (body instanceof RequestBodies.Bytes bytes) ? bytes.data() : null;
    }
}
