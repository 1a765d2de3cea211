package dev.jtauri.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.jtauri.AppHandle;
import dev.jtauri.Event;
import dev.jtauri.EventTarget;
import dev.jtauri.PackageInfo;
import dev.jtauri.WebviewWindow;
import dev.jtauri.event.EventBus;
import dev.jtauri.image.Image;
import dev.jtauri.path.PathResolver;
import dev.jtauri.state.StateRegistry;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.WindowOpener;
import dev.jtauri.webview.WindowOptions;
import org.jspecify.annotations.Nullable;

/**
 * The {@link AppHandle} of a {@link TauriRuntime}: a thin face over its state, events and pages.
 */
final class RuntimeAppHandle implements AppHandle {

    private final StateRegistry state;

    private final EventBus events;

    private final PageRegistry pages;

    private final CompletableFuture<Integer> exitRequest;

    private final PackageInfo packageInfo;

    private final PathResolver path;

    private volatile @Nullable WindowOpener windowOpener;

    private final @Nullable Image defaultWindowIcon;

    private volatile boolean restartRequested;

    RuntimeAppHandle(StateRegistry state, EventBus events, PageRegistry pages, CompletableFuture<Integer> exitRequest,
            PackageInfo packageInfo, PathResolver path, @Nullable Image defaultWindowIcon) {
        this.state = state;
        this.events = events;
        this.pages = pages;
        this.exitRequest = exitRequest;
        this.packageInfo = packageInfo;
        this.path = path;
        this.defaultWindowIcon = defaultWindowIcon;
    }

    @Override
    public Optional<Image> defaultWindowIcon() {
        return Optional.ofNullable(this.defaultWindowIcon);
    }

    @Override
    public void restart() {
        // Only as the app's ending: after an exit was asked for, the app just ends.
        if (!this.exitRequest.isDone()) {
            this.restartRequested = true;
        }
        exit(0);
    }

    /** Whether {@link #restart()} was called. */
    boolean restartRequested() {
        return this.restartRequested;
    }

    /** The host shows the app: windows can be opened from now on. */
    void windowOpener(WindowOpener opener) {
        this.windowOpener = opener;
    }

    @Override
    public WebviewWindow createWebviewWindow(WindowOptions options) {
        WindowOpener opener = this.windowOpener;
        if (opener == null) {
            throw new IllegalStateException("No window can open: the app shows no windows (tauri.webview.enabled=false, "
                    + "no display, or a test without windows)");
        }
        return opener.open(options);
    }

    @Override
    public PackageInfo packageInfo() {
        return this.packageInfo;
    }

    @Override
    public String identifier() {
        return this.path.identifier();
    }

    @Override
    public PathResolver path() {
        return this.path;
    }

    @Override
    public boolean manage(Object state) {
        return manageAs(state.getClass(), state);
    }

    @SuppressWarnings("unchecked")
    private <T> boolean manageAs(Class<T> type, Object state) {
        return this.state.manage(type, (T) state);
    }

    @Override
    public <T> boolean manage(Class<T> type, T state) {
        return this.state.manage(type, state);
    }

    @Override
    public <T> T state(Class<T> type) {
        return this.state.get(type);
    }

    @Override
    public <T> Optional<T> tryState(Class<T> type) {
        return this.state.find(type);
    }

    @Override
    public void emit(String event, @Nullable Object payload) {
        this.events.emit(event, payload);
    }

    @Override
    public void emitTo(EventTarget target, String event, @Nullable Object payload) {
        this.events.emitTo(target, event, payload);
    }

    @Override
    public void emitFilter(String event, @Nullable Object payload, Predicate<EventTarget> filter) {
        this.events.emitFilter(event, payload, filter);
    }

    @Override
    public long listen(EventTarget target, String event, Consumer<Event> handler) {
        return this.events.listen(target, event, handler, false);
    }

    @Override
    public long once(EventTarget target, String event, Consumer<Event> handler) {
        return this.events.listen(target, event, handler, true);
    }

    @Override
    public void unlisten(long id) {
        this.events.unlisten(id);
    }

    @Override
    public Optional<WebviewWindow> getWebviewWindow(String label) {
        return this.pages.get(label).map(PageConnection::window);
    }

    @Override
    public Map<String, WebviewWindow> webviewWindows() {
        Map<String, WebviewWindow> windows = new HashMap<>();
        for (PageConnection page : this.pages.all()) {
            WebviewWindow window = page.window();
            if (window != null) {
                windows.put(page.label(), window);
            }
        }
        return Map.copyOf(windows);
    }

    @Override
    public void exit(int exitCode) {
        this.exitRequest.complete(exitCode);
    }

    @Override
    public String toString() {
        return "AppHandle";
    }
}
