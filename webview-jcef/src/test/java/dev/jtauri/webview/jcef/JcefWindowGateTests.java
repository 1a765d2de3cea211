package dev.jtauri.webview.jcef;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageSecurity;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.Theme;
import dev.jtauri.window.WindowClosedException;
import org.cef.browser.CefBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A window's calls into its browser go through the one gate: none reaches a browser once its
 * window is closing (CEF frees a closing browser's native objects on its own thread, and a call
 * racing that aborts the process), and calls made before CEF created the browser wait for it.
 * The browser here records what reaches it.
 */
class JcefWindowGateTests {

    private final ExecutorService threads = TauriExecutors.daemonPool("tauri-webview-io-");

    private final ExecutorService portalThreads = TauriExecutors.portal();

    private final List<String> reached = new CopyOnWriteArrayList<>();

    private final JcefWindow window = new JcefWindow(WindowOptions.builder("main", "index.html").build(),
            new JcefOptions((path) -> null, null, false, "t", new CefEngineOptions(Path.of("i"), Path.of("d"),
                    List.of()), 1024, 500, Duration.ofSeconds(10), PageSecurity.DEFAULT), "token",
            TauriRuntime.builder(new BlockingPortal(this.portalThreads)).build(),
            new AppOrigins(null), (url) -> browser(), this.threads);

    @AfterEach
    void stop() {
        this.threads.shutdownNow();
        this.portalThreads.shutdownNow();
    }

    @Test
    void noCallReachesTheBrowserOfAWindowThatIsClosed() {
        this.window.destroy();

        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(() -> this.window.setZoom(1.2))
            .withMessage("setZoom failed: window 'main' is closed");
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(() -> this.window.eval("1"));
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(() -> this.window.navigate("x.html"));
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(this.window::reload);
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(this.window::print);
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(this.window::url);
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(this.window::clearAllBrowsingData);
        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(() -> this.window.setCursorVisible(false));
        // The app's theme goes to every window: one that is closing keeps its own, quietly.
        this.window.setTheme(Theme.DARK);
        this.window.deliverEvent("e", "1", List.of(new dev.jtauri.webview.PageListener(1, 2, dev.jtauri.EventTarget.any())));
        assertThat(this.reached).isEmpty();
    }

    @Test
    void callsMadeBeforeCefCreatedTheBrowserWaitForIt() {
        this.window.setZoom(1.2);
        this.window.eval("1");

        assertThat(this.window.url()).as("the URL it is to load").isEqualTo("tauri://localhost/index.html");
        assertThat(this.reached).isEmpty();
    }

    @Test
    void callsMadeBeforeCefCreatedTheBrowserReachItInOrderOnceItIsAndLaterOnesAtOnce() {
        this.window.setZoom(1.2);
        this.window.eval("1");
        this.window.frame().beginShowing();

        this.window.frame().created();
        this.window.reload();

        assertThat(this.reached).containsExactly("setZoomLevel", "executeJavaScript", "reload");
    }

    @Test
    void aWindowAskedToCloseWhileCefCreatesItsBrowserTakesNoCallAndClosesItOnceCreated() {
        this.window.frame().beginShowing();
        this.window.destroy();

        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(() -> this.window.setZoom(1.2));
        this.window.frame().created();

        assertThat(this.reached).containsExactly("setCloseAllowed", "close");
    }

    @Test
    void aLiveWindowThatClosesTakesNoCallFromThen() {
        this.window.frame().beginShowing();
        this.window.frame().created();
        this.window.print();

        this.window.destroy();

        assertThatExceptionOfType(WindowClosedException.class).isThrownBy(this.window::print);
        assertThat(this.reached).containsExactly("print", "setCloseAllowed", "close");
    }

    /** A browser that records every method called on it. */
    private CefBrowser browser() {
        return (CefBrowser) Proxy.newProxyInstance(CefBrowser.class.getClassLoader(), new Class<?>[] { CefBrowser.class },
                (proxy, method, arguments) -> {
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == arguments[0];
                    }
                    this.reached.add(method.getName());
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class || type == long.class || type == double.class) {
                        return (type == int.class) ? 0 : (type == long.class) ? 0L : 0.0;
                    }
                    return null;
                });
    }
}
