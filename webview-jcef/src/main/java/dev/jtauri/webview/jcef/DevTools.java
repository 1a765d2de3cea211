package dev.jtauri.webview.jcef;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    private static final long WAIT_SECONDS = 10;

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
     * Call methods and wait until all are done; never on a CEF or AWT thread.
     * @throws IllegalStateException naming the method that failed or did not answer in time
     */
    static void callAndWait(CefBrowser browser, List<Call> calls) {
        for (Call call : calls) {
            try {
                send(browser, call.method(), call.parametersJson()).get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(call.method() + " was interrupted", ex);
            }
            catch (ExecutionException | TimeoutException ex) {
                throw new IllegalStateException("DevTools method " + call.method() + " failed: "
                        + ((ex.getCause() != null) ? ex.getCause().getMessage() : "no answer in " + WAIT_SECONDS + " s"), ex);
            }
        }
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
