package dev.jtauri.webview.jcef;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.cef.callback.CefCallback;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a response that is computed off CEF's threads: {@code processRequest} hands the work to
 * an executor and returns at once; CEF reads the body when the work calls back. A failure
 * becomes a 500, never a hung request.
 */
final class AsyncResourceHandler extends CefResourceHandlerAdapter {

    private static final Logger logger = LoggerFactory.getLogger(AsyncResourceHandler.class);

    private final Supplier<CompletionStage<ResourceResponse>> work;

    private final Executor executor;

    private volatile @Nullable ResourceResponse response;

    private int offset = -1;

    // What to do when CEF cancels the request (the page aborted its fetch, or left).
    private final Runnable onCancel;

    AsyncResourceHandler(Supplier<CompletionStage<ResourceResponse>> work, Executor executor) {
        this(work, executor, () -> { });
    }

    /**
     * @param onCancel runs when CEF cancels the request, on CEF's thread: it must only hand off
     */
    AsyncResourceHandler(Supplier<CompletionStage<ResourceResponse>> work, Executor executor, Runnable onCancel) {
        this.work = work;
        this.executor = executor;
        this.onCancel = onCancel;
    }

    @Override
    public void cancel() {
        try {
            this.onCancel.run();
        }
        catch (RuntimeException ex) {
            logger.warn("Could not call off the work of a cancelled request", ex);
        }
    }

    /**
     * A handler for a response known at once.
     */
    static AsyncResourceHandler of(ResourceResponse response) {
        return new AsyncResourceHandler(() -> CompletableFuture.completedFuture(response), Runnable::run);
    }

    @Override
    public boolean processRequest(CefRequest request, CefCallback callback) {
        try {
            this.executor.execute(() -> work().whenComplete((result, failure) -> {
                if (failure != null) {
                    logger.warn("A request to the app's protocol failed", failure);
                    this.response = ResourceResponse.text(500, "Internal Server Error");
                }
                else {
                    this.response = result;
                }
                callback.Continue();
            }));
        }
        catch (RejectedExecutionException ex) {
            // The app is ending and its threads are gone: answer here rather than throw into CEF.
            this.response = ResourceResponse.text(503, "Service Unavailable");
            callback.Continue();
        }
        return true;
    }

    private CompletionStage<ResourceResponse> work() {
        try {
            return this.work.get();
        }
        catch (RuntimeException ex) {
            return CompletableFuture.failedFuture(ex);
        }
    }

    @Override
    public void getResponseHeaders(CefResponse cefResponse, IntRef length, StringRef redirectUrl) {
        ResourceResponse result = this.response;
        cefResponse.setStatus(result.status());
        cefResponse.setMimeType(result.mimeType());
        if (isText(result.mimeType()) && !result.headers().containsKey("Content-Type")) {
            // Frontend text is UTF-8 (and injected HTML is re-encoded so); without a charset a
            // page lacking <meta charset> would be read as windows-1252.
            cefResponse.setHeaderByName("Content-Type", result.mimeType() + "; charset=utf-8", true);
        }
        result.headers().forEach((name, value) -> cefResponse.setHeaderByName(name, value, true));
        length.set(result.length());
    }

    private static boolean isText(String mimeType) {
        return mimeType.startsWith("text/") || mimeType.equals("application/json")
                || mimeType.equals("application/manifest+json") || mimeType.equals("image/svg+xml")
                || mimeType.equals("application/xml");
    }

    @Override
    public boolean readResponse(byte[] out, int bytesToRead, IntRef bytesRead, CefCallback callback) {
        ResourceResponse result = this.response;
        if (this.offset < 0) {
            this.offset = result.from();
        }
        int count = Math.min(bytesToRead, result.to() - this.offset);
        if (count <= 0) {
            bytesRead.set(0);
            return false;
        }
        System.arraycopy(result.body(), this.offset, out, 0, count);
        this.offset += count;
        bytesRead.set(count);
        return true;
    }
}
