package dev.jtauri.webview.jcef;

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

    private DevTools() {
    }

    static void call(CefBrowser browser, String method, @Nullable String parametersJson) {
        CefDevToolsClient client = browser.getDevToolsClient();
        if (client == null) {
            throw new IllegalStateException("The window's browser is not created yet");
        }
        client.executeDevToolsMethod(method, parametersJson).whenComplete((result, failure) -> {
            if (failure != null) {
                logger.warn("DevTools method {} failed", method, failure);
            }
        });
    }
}
