package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.cef.browser.CefBrowser;
import org.cef.browser.CefDevToolsClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chrome DevTools Protocol calls on a window's browser, for what CEF's Java API lacks (media
 * emulation, clearing browsing data). The call is queued; a failure is logged.
 */
final class DevTools {

    private static final Logger logger = LoggerFactory.getLogger(DevTools.class);

    private static final long ANSWER_SECONDS = 2;

    private DevTools() {
    }

    /**
     * Call a method and let it run; a failure is logged.
     */
    static void call(CefBrowser browser, String method, @Nullable String parametersJson) {
        send(browser, method, parametersJson).whenComplete((result, failure) -> {
            if (failure != null) {
                logger.warn("DevTools method {} failed", method, failure);
            }
        });
    }

    /**
     * Call methods in order, each after the one before has answered; never on a CEF or AWT
     * thread. JCEF loses an answer that arrives before it has noted the message's id (its
     * {@code CefDevToolsClient} then waits forever), so a method that has not answered within a
     * bound counts as sent; one that answers with an error fails the call.
     * @param sender sends one call and returns its answer to come, without waiting for it
     * @param calls the calls
     * @throws IllegalStateException naming the method that failed
     */
    static void callInOrder(Function<Call, CompletableFuture<String>> sender, List<Call> calls) {
        for (Call call : calls) {
            try {
                sender.apply(call).get(ANSWER_SECONDS, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(call.method() + " was interrupted", ex);
            }
            catch (ExecutionException ex) {
                throw new IllegalStateException("DevTools method " + call.method() + " failed: "
                        + ex.getCause().getMessage(), ex.getCause());
            }
            catch (TimeoutException ex) {
                logger.debug("DevTools method {} sent; its answer did not come within {} s", call.method(),
                        ANSWER_SECONDS);
            }
        }
    }

    /**
     * Send one call through a window's gate ({@link BrowserFrame#call}): at once while its
     * browser is live, once CEF has created it when it is not yet.
     * @return its answer to come
     * @throws dev.jtauri.window.WindowClosedException once the window is closing or closed
     */
    static CompletableFuture<String> sendThrough(BrowserFrame frame, String operation, Call call) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        frame.call(operation, (browser) -> send(browser, call.method(), call.parametersJson())
            .whenComplete((result, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                }
                else {
                    answer.complete(result);
                }
            }));
        return answer;
    }

    private static CompletableFuture<String> send(CefBrowser browser, String method, @Nullable String parametersJson) {
        CefDevToolsClient client = browser.getDevToolsClient();
        if (client == null) {
            throw new IllegalStateException("The window's browser is not created yet");
        }
        return client.executeDevToolsMethod(method, parametersJson);
    }

    /**
     * One method call.
     * @param method the method, such as {@code Network.clearBrowserCache}
     * @param parametersJson its parameters as a JSON object, or {@code null}
     */
    record Call(String method, @Nullable String parametersJson) {
    }
}
