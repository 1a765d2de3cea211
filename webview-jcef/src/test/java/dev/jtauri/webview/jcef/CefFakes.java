package dev.jtauri.webview.jcef;

import java.lang.reflect.Proxy;

import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.jspecify.annotations.Nullable;

/**
 * CEF's browsers and frames as jtauri's IPC sees them, without CEF: proxies that answer what the
 * query router and the scheme handler ask of them.
 */
final class CefFakes {

    private CefFakes() {
    }

    /**
     * A browser that is only ever compared, as the router and the scheme handler use it, and
     * asked to close.
     */
    static CefBrowser browser() {
        return (CefBrowser) Proxy.newProxyInstance(CefBrowser.class.getClassLoader(), new Class<?>[] { CefBrowser.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "a fake browser";
                    case "setCloseAllowed", "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A frame showing a URL, in a parent frame or none. */
    static CefFrame frame(String url, @Nullable CefFrame parent) {
        return (CefFrame) Proxy.newProxyInstance(CefFrame.class.getClassLoader(), new Class<?>[] { CefFrame.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getURL" -> url;
                    case "getParent" -> parent;
                    case "dispose" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "a frame at " + url;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * The frame of a browser that CEF created and nobody asked to close: the state in which a
     * window takes queries. A Swing frame cannot be shown here: the frame goes through the steps
     * of its showing that are not Swing's.
     */
    static BrowserFrame liveFrame(CefBrowser browser, WindowOptions options) {
        BrowserFrame frame = new BrowserFrame(browser, options, "fuzzed", () -> { }, (window) -> { });
        frame.beginShowing();
        frame.created();
        return frame;
    }
}
