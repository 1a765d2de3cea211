package dev.jtauri;

import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.Theme;

/**
 * Opens a window while the app runs, as Tauri's and PyTauri's {@code WebviewWindowBuilder}:
 *
 * <pre>{@code
 * WebviewWindow settings = WebviewWindowBuilder.of(app, "settings", "settings.html")
 *     .title("Settings")
 *     .innerSize(480, 360)
 *     .build();
 * }</pre>
 *
 * <p>Call {@link #build()} from any thread but a UI thread: a command, a listener, a task.
 */
public final class WebviewWindowBuilder {

    private final AppHandle app;

    private final WindowOptions.Builder options;

    private WebviewWindowBuilder(AppHandle app, String label, String url) {
        this.app = app;
        this.options = WindowOptions.builder(label, url);
    }

    /**
     * Start a window.
     * @param manager the app, or anything that reaches it (a window)
     * @param label the window's unique label
     * @param url its page: a path of the frontend (such as {@code settings.html}) or an absolute URL
     * @return the builder
     */
    public static WebviewWindowBuilder of(ImplManager manager, String label, String url) {
        return new WebviewWindowBuilder(manager.appHandle(), label, url);
    }

    /** @param title the title; the app's name when not set @return this builder */
    public WebviewWindowBuilder title(String title) {
        this.options.title(title);
        return this;
    }

    /**
     * @param width the content area's width in logical pixels
     * @param height its height
     * @return this builder
     */
    public WebviewWindowBuilder innerSize(double width, double height) {
        this.options.size(width, height);
        return this;
    }

    /**
     * @param x the window's left edge on the desktop, in logical pixels
     * @param y its top edge
     * @return this builder
     */
    public WebviewWindowBuilder position(double x, double y) {
        this.options.position(x, y);
        return this;
    }

    /** @return this builder, for a window centered on its monitor */
    public WebviewWindowBuilder center() {
        this.options.center(true);
        return this;
    }

    /**
     * @param width the smallest width of the content area
     * @param height the smallest height
     * @return this builder
     */
    public WebviewWindowBuilder minInnerSize(double width, double height) {
        this.options.minSize(width, height);
        return this;
    }

    /**
     * @param width the largest width of the content area
     * @param height the largest height
     * @return this builder
     */
    public WebviewWindowBuilder maxInnerSize(double width, double height) {
        this.options.maxSize(width, height);
        return this;
    }

    /** @param resizable whether the user may resize the window @return this builder */
    public WebviewWindowBuilder resizable(boolean resizable) {
        this.options.resizable(resizable);
        return this;
    }

    /** @param decorations whether it has a title bar and borders @return this builder */
    public WebviewWindowBuilder decorations(boolean decorations) {
        this.options.decorations(decorations);
        return this;
    }

    /** @param fullscreen whether it opens fullscreen @return this builder */
    public WebviewWindowBuilder fullscreen(boolean fullscreen) {
        this.options.fullscreen(fullscreen);
        return this;
    }

    /** @param maximized whether it opens maximized @return this builder */
    public WebviewWindowBuilder maximized(boolean maximized) {
        this.options.maximized(maximized);
        return this;
    }

    /** @param alwaysOnTop whether it stays above other windows @return this builder */
    public WebviewWindowBuilder alwaysOnTop(boolean alwaysOnTop) {
        this.options.alwaysOnTop(alwaysOnTop);
        return this;
    }

    /** @param visible whether it is shown at once @return this builder */
    public WebviewWindowBuilder visible(boolean visible) {
        this.options.visible(visible);
        return this;
    }

    /** @param focused whether it takes the focus when it opens @return this builder */
    public WebviewWindowBuilder focused(boolean focused) {
        this.options.focus(focused);
        return this;
    }

    /** @param theme its theme @return this builder */
    public WebviewWindowBuilder theme(Theme theme) {
        this.options.theme(theme);
        return this;
    }

    /**
     * Open the window.
     * @return the window, being created: its page loads afterwards
     * @throws IllegalArgumentException when the options do not fit together, or a window already
     * has the label
     * @throws IllegalStateException when the app shows no windows, or is ending
     */
    public WebviewWindow build() {
        return this.app.createWebviewWindow(this.options.build());
    }
}
