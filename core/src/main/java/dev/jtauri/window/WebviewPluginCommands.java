package dev.jtauri.window;

import java.util.List;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.window.WindowArguments.PositionArgument;
import dev.jtauri.window.WindowArguments.SizeArgument;
import org.jspecify.annotations.Nullable;

/**
 * Tauri's webview plugin: the {@code plugin:webview|*} commands of {@code @tauri-apps/api/webview}
 * and {@code webviewWindow}. In jtauri each window has one webview, under the window's label, so
 * a webview's size and position are its window's content area.
 */
public final class WebviewPluginCommands {

    /** The plugin's name: its commands are {@code plugin:webview|<command>}. */
    public static final String NAME = "webview";

    private static final String INTERNAL_TOGGLE_DEVTOOLS = "internal_toggle_devtools";

    /**
     * The webview plugin, built in; {@code core:webview:default} allows its getters and the
     * DevTools toggle, as Tauri's.
     * @return the plugin
     */
    public static TauriPlugin plugin() {
        return TauriPlugin.builder(NAME).builtIn().commands(new WebviewPluginCommands())
            .defaults("get_all_webviews", "webview_position", "webview_size", INTERNAL_TOGGLE_DEVTOOLS)
            .build();
    }

    /**
     * {@code new WebviewWindow(label, options)}: open a window; the page gets
     * {@code tauri://created} once this answers, {@code tauri://error} with the message otherwise.
     * @param app the app
     * @param options the window's options
     */
    @TauriCommand("create_webview_window")
    public void createWebviewWindow(AppHandle app, WebviewWindowOptions options) {
        try {
            app.createWebviewWindow(options.toWindowOptions());
        }
        catch (IllegalArgumentException | IllegalStateException ex) {
            throw new InvokeException(ex.getMessage());
        }
    }

    /** {@code new Webview(window, label, options)}: a second webview in a window. */
    @TauriCommand("create_webview")
    public void createWebview() {
        throw new NotSupportedException("a second webview in a window");
    }

    /**
     * {@code getAllWebviews()}: one webview per window, under the window's label.
     * @param app the app
     * @return each webview's label and its window's
     */
    @TauriCommand("get_all_webviews")
    public List<WebviewLabels> getAllWebviews(AppHandle app) {
        return app.webviewWindows().keySet().stream().map((label) -> new WebviewLabels(label, label)).toList();
    }

    @TauriCommand("webview_position")
    public PhysicalPosition webviewPosition(InvocationContext call, @Nullable String label) {
        return WindowPluginCommands.window(call, label).innerPosition();
    }

    @TauriCommand("webview_size")
    public PhysicalSize webviewSize(InvocationContext call, @Nullable String label) {
        return WindowPluginCommands.window(call, label).innerSize();
    }

    @TauriCommand("webview_close")
    public void webviewClose(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).destroy();
    }

    @TauriCommand("set_webview_size")
    public void setWebviewSize(InvocationContext call, @Nullable String label, SizeArgument value) {
        WindowPluginCommands.window(call, label).setSize(value.toSize());
    }

    @TauriCommand("set_webview_position")
    public void setWebviewPosition(InvocationContext call, @Nullable String label, PositionArgument value) {
        WindowPluginCommands.window(call, label).setPosition(value.toPosition());
    }

    @TauriCommand("set_webview_focus")
    public void setWebviewFocus(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).setFocus();
    }

    @TauriCommand("webview_hide")
    public void webviewHide(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).hide();
    }

    @TauriCommand("webview_show")
    public void webviewShow(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).show();
    }

    @TauriCommand("set_webview_zoom")
    public void setWebviewZoom(InvocationContext call, @Nullable String label, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvokeException("a zoom factor must be a positive number, not " + value);
        }
        WindowPluginCommands.window(call, label).setZoom(value);
    }

    @TauriCommand("print")
    public void print(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).print();
    }

    @TauriCommand("clear_all_browsing_data")
    public void clearAllBrowsingData(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).clearAllBrowsingData();
    }

    /**
     * Tauri's DevTools key: open or close the webview's DevTools, when the app allows them.
     * @see WebviewWindow#toggleDevtools()
     */
    @TauriCommand(INTERNAL_TOGGLE_DEVTOOLS)
    public void internalToggleDevtools(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label).toggleDevtools();
    }

    @TauriCommand("reparent")
    public void reparent(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label);
        throw new NotSupportedException("reparent");
    }

    @TauriCommand("set_webview_auto_resize")
    public void setWebviewAutoResize(InvocationContext call, @Nullable String label, boolean value) {
        WindowPluginCommands.window(call, label);
        if (!value) {
            // The one webview always fills its window.
            throw new NotSupportedException("a webview that does not fill its window");
        }
    }

    @TauriCommand("set_webview_background_color")
    public void setWebviewBackgroundColor(InvocationContext call, @Nullable String label) {
        WindowPluginCommands.window(call, label);
        throw new NotSupportedException("setBackgroundColor");
    }

    /**
     * A webview as {@code getAllWebviews()} lists it.
     * @param label the webview's label
     * @param windowLabel its window's label
     */
    public record WebviewLabels(String label, String windowLabel) {
    }
}
