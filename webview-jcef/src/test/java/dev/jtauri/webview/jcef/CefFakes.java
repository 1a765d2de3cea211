package dev.jtauri.webview.jcef;

import java.lang.reflect.Field;
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

    /** A browser that is only ever compared, as the router and the scheme handler use it. */
    static CefBrowser browser() {
        return (CefBrowser) Proxy.newProxyInstance(CefBrowser.class.getClassLoader(), new Class<?>[] { CefBrowser.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "a fake browser";
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
     * window takes queries. A Swing frame cannot be shown here, so the frame is put in the state
     * CEF's creation leaves it in.
     */
    static BrowserFrame liveFrame(CefBrowser browser, WindowOptions options) {
        BrowserFrame frame = new BrowserFrame(browser, options, "fuzzed", () -> { }, (window) -> { });
        try {
            Field state = BrowserFrame.class.getDeclaredField("state");
            state.setAccessible(true);
            state.set(frame, created(state.getType()));
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("BrowserFrame changed: a live frame cannot be made for the test", ex);
        }
        if (!frame.isBrowserLive()) {
            throw new IllegalStateException("BrowserFrame changed: the frame made for the test is not live");
        }
        return frame;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object created(Class<?> states) {
        return Enum.valueOf((Class) states, "CREATED");
    }
}
