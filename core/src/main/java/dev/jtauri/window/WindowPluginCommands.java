package dev.jtauri.window;

import java.util.List;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.dpi.LogicalSize;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.image.ImageArguments;
import dev.jtauri.image.ImageDecoder;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.window.WindowArguments.PositionArgument;
import dev.jtauri.window.WindowArguments.SizeArgument;
import dev.jtauri.window.WindowArguments.SizeConstraints;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tauri's window plugin: the {@code plugin:window|*} commands of {@code @tauri-apps/api/window}.
 * Each finds the window by the {@code label} the page sends (the caller's when absent) and calls
 * the {@link WebviewWindow} API. The {@code core:window:default} permission set allows the
 * getters, as Tauri's does; setters and actions need their own {@code allow-} permission.
 */
public final class WindowPluginCommands {

    /** The plugin's name: its commands are {@code plugin:window|<command>}. */
    public static final String NAME = "window";

    private final ImageDecoder images;

    private WindowPluginCommands(ImageDecoder images) {
        this.images = images;
    }

    /**
     * The window plugin, built in, decoding icon files with {@link ImageDecoder#DEFAULT}.
     * @return the plugin
     * @see #plugin(ImageDecoder)
     */
    public static TauriPlugin plugin() {
        return plugin(ImageDecoder.DEFAULT);
    }

    /**
     * The window plugin, built in.
     * @param images what decodes the icon files {@code setIcon} sends by path or as bytes, with
     * its limit on their size
     * @return the plugin
     */
    public static TauriPlugin plugin(ImageDecoder images) {
        return TauriPlugin.builder(NAME).builtIn().commands(new WindowPluginCommands(images))
            .defaults("get_all_windows", "scale_factor", "inner_position", "outer_position", "inner_size", "outer_size", "is_fullscreen", "is_minimized", "is_maximized", "is_focused", "is_decorated", "is_resizable", "is_maximizable", "is_minimizable", "is_closable", "is_visible", "is_enabled", "is_always_on_top", "title", "theme", "current_monitor", "primary_monitor", "monitor_from_point", "available_monitors", "cursor_position", "activity_name", "scene_identifier", "internal_toggle_maximize")
            .build();
    }

    /**
     * The window a command acts on.
     * @param call the call
     * @param label the label the page sent, or {@code null} for the caller's window
     * @return the window
     * @throws InvokeException when no window has the label
     */
    static WebviewWindow window(InvocationContext call, @Nullable String label) {
        String target = (label != null) ? label : call.request().page().label();
        return call.appHandle().getWebviewWindow(target)
            .orElseThrow(() -> new InvokeException("window not found: '" + target + "'"));
    }

    /**
     * {@code getAllWindows()}: the labels of the open windows.
     * @param app the app
     * @return the labels
     */
    @TauriCommand("get_all_windows")
    public List<String> getAllWindows(AppHandle app) {
        return List.copyOf(app.webviewWindows().keySet());
    }

    @TauriCommand("scale_factor")
    public double scaleFactor(InvocationContext call, @Nullable String label) {
        return window(call, label).scaleFactor();
    }

    @TauriCommand("inner_position")
    public PhysicalPosition innerPosition(InvocationContext call, @Nullable String label) {
        return window(call, label).innerPosition();
    }

    @TauriCommand("outer_position")
    public PhysicalPosition outerPosition(InvocationContext call, @Nullable String label) {
        return window(call, label).outerPosition();
    }

    @TauriCommand("inner_size")
    public PhysicalSize innerSize(InvocationContext call, @Nullable String label) {
        return window(call, label).innerSize();
    }

    @TauriCommand("outer_size")
    public PhysicalSize outerSize(InvocationContext call, @Nullable String label) {
        return window(call, label).outerSize();
    }

    @TauriCommand("is_fullscreen")
    public boolean isFullscreen(InvocationContext call, @Nullable String label) {
        return window(call, label).isFullscreen();
    }

    @TauriCommand("is_minimized")
    public boolean isMinimized(InvocationContext call, @Nullable String label) {
        return window(call, label).isMinimized();
    }

    @TauriCommand("is_maximized")
    public boolean isMaximized(InvocationContext call, @Nullable String label) {
        return window(call, label).isMaximized();
    }

    @TauriCommand("is_focused")
    public boolean isFocused(InvocationContext call, @Nullable String label) {
        return window(call, label).isFocused();
    }

    @TauriCommand("is_decorated")
    public boolean isDecorated(InvocationContext call, @Nullable String label) {
        return window(call, label).isDecorated();
    }

    @TauriCommand("is_resizable")
    public boolean isResizable(InvocationContext call, @Nullable String label) {
        return window(call, label).isResizable();
    }

    @TauriCommand("is_maximizable")
    public boolean isMaximizable(InvocationContext call, @Nullable String label) {
        return window(call, label).isMaximizable();
    }

    @TauriCommand("is_minimizable")
    public boolean isMinimizable(InvocationContext call, @Nullable String label) {
        return window(call, label).isMinimizable();
    }

    @TauriCommand("is_closable")
    public boolean isClosable(InvocationContext call, @Nullable String label) {
        return window(call, label).isClosable();
    }

    @TauriCommand("is_visible")
    public boolean isVisible(InvocationContext call, @Nullable String label) {
        return window(call, label).isVisible();
    }

    @TauriCommand("is_enabled")
    public boolean isEnabled(InvocationContext call, @Nullable String label) {
        return window(call, label).isEnabled();
    }

    @TauriCommand("is_always_on_top")
    public boolean isAlwaysOnTop(InvocationContext call, @Nullable String label) {
        return window(call, label).isAlwaysOnTop();
    }

    @TauriCommand("title")
    public String title(InvocationContext call, @Nullable String label) {
        return window(call, label).title();
    }

    @TauriCommand("theme")
    public Theme theme(InvocationContext call, @Nullable String label) {
        return window(call, label).theme();
    }

    @TauriCommand("current_monitor")
    public @Nullable Monitor currentMonitor(InvocationContext call, @Nullable String label) {
        return window(call, label).currentMonitor().orElse(null);
    }

    @TauriCommand("primary_monitor")
    public @Nullable Monitor primaryMonitor(InvocationContext call, @Nullable String label) {
        return window(call, label).primaryMonitor().orElse(null);
    }

    @TauriCommand("monitor_from_point")
    public @Nullable Monitor monitorFromPoint(InvocationContext call, @Nullable String label, double x, double y) {
        return window(call, label).monitorFromPoint(x, y).orElse(null);
    }

    @TauriCommand("available_monitors")
    public List<Monitor> availableMonitors(InvocationContext call, @Nullable String label) {
        return window(call, label).availableMonitors();
    }

    @TauriCommand("cursor_position")
    public PhysicalPosition cursorPosition(InvocationContext call, @Nullable String label) {
        return window(call, label).cursorPosition();
    }

    @TauriCommand("center")
    public void center(InvocationContext call, @Nullable String label) {
        window(call, label).center();
    }

    @TauriCommand("maximize")
    public void maximize(InvocationContext call, @Nullable String label) {
        window(call, label).maximize();
    }

    @TauriCommand("unmaximize")
    public void unmaximize(InvocationContext call, @Nullable String label) {
        window(call, label).unmaximize();
    }

    @TauriCommand("toggle_maximize")
    public void toggleMaximize(InvocationContext call, @Nullable String label) {
        window(call, label).toggleMaximize();
    }

    /** A double click on a drag region: as a title bar, it maximizes only a resizable window. */
    @TauriCommand("internal_toggle_maximize")
    public void internalToggleMaximize(InvocationContext call, @Nullable String label) {
        WebviewWindow window = window(call, label);
        if (window.isResizable()) {
            window.toggleMaximize();
        }
    }

    @TauriCommand("minimize")
    public void minimize(InvocationContext call, @Nullable String label) {
        window(call, label).minimize();
    }

    @TauriCommand("unminimize")
    public void unminimize(InvocationContext call, @Nullable String label) {
        window(call, label).unminimize();
    }

    @TauriCommand("show")
    public void show(InvocationContext call, @Nullable String label) {
        window(call, label).show();
    }

    @TauriCommand("hide")
    public void hide(InvocationContext call, @Nullable String label) {
        window(call, label).hide();
    }

    @TauriCommand("close")
    public void close(InvocationContext call, @Nullable String label) {
        window(call, label).close();
    }

    @TauriCommand("destroy")
    public void destroy(InvocationContext call, @Nullable String label) {
        window(call, label).destroy();
    }

    @TauriCommand("set_focus")
    public void setFocus(InvocationContext call, @Nullable String label) {
        window(call, label).setFocus();
    }

    @TauriCommand("start_dragging")
    public void startDragging(InvocationContext call, @Nullable String label) {
        window(call, label).startDragging();
    }

    @TauriCommand("set_resizable")
    public void setResizable(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setResizable(value);
    }

    @TauriCommand("set_enabled")
    public void setEnabled(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setEnabled(value);
    }

    @TauriCommand("set_maximizable")
    public void setMaximizable(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setMaximizable(value);
    }

    @TauriCommand("set_minimizable")
    public void setMinimizable(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setMinimizable(value);
    }

    @TauriCommand("set_closable")
    public void setClosable(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setClosable(value);
    }

    @TauriCommand("set_decorations")
    public void setDecorations(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setDecorations(value);
    }

    @TauriCommand("set_always_on_top")
    public void setAlwaysOnTop(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setAlwaysOnTop(value);
    }

    @TauriCommand("set_fullscreen")
    public void setFullscreen(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setFullscreen(value);
    }

    @TauriCommand("set_cursor_visible")
    public void setCursorVisible(InvocationContext call, @Nullable String label, boolean value) {
        window(call, label).setCursorVisible(value);
    }

    @TauriCommand("set_title")
    public void setTitle(InvocationContext call, @Nullable String label, String value) {
        window(call, label).setTitle(value);
    }

    @TauriCommand("set_size")
    public void setSize(InvocationContext call, @Nullable String label, SizeArgument value) {
        window(call, label).setSize(value.toSize());
    }

    @TauriCommand("set_min_size")
    public void setMinSize(InvocationContext call, @Nullable String label, @Nullable SizeArgument value) {
        window(call, label).setMinSize((value != null) ? value.toSize() : null);
    }

    @TauriCommand("set_max_size")
    public void setMaxSize(InvocationContext call, @Nullable String label, @Nullable SizeArgument value) {
        window(call, label).setMaxSize((value != null) ? value.toSize() : null);
    }

    /** The bounds the page gives one by one; an absent one is no limit on that side. */
    @TauriCommand("set_size_constraints")
    public void setSizeConstraints(InvocationContext call, @Nullable String label, SizeConstraints value) {
        WebviewWindow window = window(call, label);
        window.setMinSize(logicalSize(value.minWidth(), value.minHeight(), 0));
        window.setMaxSize(logicalSize(value.maxWidth(), value.maxHeight(), Integer.MAX_VALUE));
    }

    private static @Nullable LogicalSize logicalSize(WindowArguments.@Nullable LogicalPixels width,
            WindowArguments.@Nullable LogicalPixels height, double unbounded) {
        if (width == null && height == null) {
            return null;
        }
        return new LogicalSize((width != null) ? width.logical() : unbounded, (height != null) ? height.logical() : unbounded);
    }

    @TauriCommand("set_position")
    public void setPosition(InvocationContext call, @Nullable String label, PositionArgument value) {
        window(call, label).setPosition(value.toPosition());
    }

    @TauriCommand("set_theme")
    public void setTheme(InvocationContext call, @Nullable String label, @Nullable Theme value) {
        window(call, label).setTheme(value);
    }

    /**
     * {@code setIcon(icon)}: an {@code Image}'s resource id, a path to an image file, its bytes,
     * or RGBA pixels, as {@link ImageArguments#toImage} reads them.
     */
    @TauriCommand("set_icon")
    public void setIcon(InvocationContext call, @Nullable String label, JsonNode value) {
        WebviewWindow window = window(call, label);
        window.setIcon(ImageArguments.toImage(value, call.resources(), this.images));
    }

    /**
     * {@code requestUserAttention(type)}: window.js sends {@code {type: "Critical"}} or
     * {@code {type: "Informational"}}, or {@code null} to stop asking.
     */
    @TauriCommand("request_user_attention")
    public void requestUserAttention(InvocationContext call, @Nullable String label,
            WindowArguments.@Nullable AttentionRequest value) {
        UserAttentionType type = null;
        if (value != null) {
            type = switch (String.valueOf(value.type())) {
                case "Critical" -> UserAttentionType.CRITICAL;
                case "Informational" -> UserAttentionType.INFORMATIONAL;
                default -> throw new InvokeException("request_user_attention takes {type: 'Critical'}, "
                        + "{type: 'Informational'} or null, not {type: '" + value.type() + "'}");
            };
        }
        window(call, label).requestUserAttention(type);
    }

    // ---- what this platform's windows cannot do: each rejects, naming the operation and the OS

    /** {@code new Window(label)}: in jtauri every window has its webview; {@code new WebviewWindow} opens one. */
    @TauriCommand("create")
    public void create() {
        throw new NotSupportedException("a window without a webview (new Window(...); use new WebviewWindow(...))");
    }

    @TauriCommand("set_shadow")
    public void setShadow(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setShadow");
    }

    @TauriCommand("set_effects")
    public void setEffects(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setEffects");
    }

    @TauriCommand("set_always_on_bottom")
    public void setAlwaysOnBottom(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setAlwaysOnBottom");
    }

    @TauriCommand("set_visible_on_all_workspaces")
    public void setVisibleOnAllWorkspaces(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setVisibleOnAllWorkspaces");
    }

    @TauriCommand("set_content_protected")
    public void setContentProtected(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setContentProtected");
    }

    @TauriCommand("set_skip_taskbar")
    public void setSkipTaskbar(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setSkipTaskbar");
    }

    @TauriCommand("set_cursor_grab")
    public void setCursorGrab(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setCursorGrab");
    }

    @TauriCommand("set_cursor_icon")
    public void setCursorIcon(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setCursorIcon");
    }

    @TauriCommand("set_cursor_position")
    public void setCursorPosition(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setCursorPosition");
    }

    @TauriCommand("set_ignore_cursor_events")
    public void setIgnoreCursorEvents(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setIgnoreCursorEvents");
    }

    @TauriCommand("start_resize_dragging")
    public void startResizeDragging(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("startResizeDragging");
    }

    @TauriCommand("set_progress_bar")
    public void setProgressBar(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setProgressBar");
    }

    @TauriCommand("set_badge_count")
    public void setBadgeCount(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setBadgeCount");
    }

    @TauriCommand("set_badge_label")
    public void setBadgeLabel(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setBadgeLabel");
    }

    @TauriCommand("set_overlay_icon")
    public void setOverlayIcon(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setOverlayIcon");
    }

    @TauriCommand("set_title_bar_style")
    public void setTitleBarStyle(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setTitleBarStyle");
    }

    @TauriCommand("set_background_color")
    public void setBackgroundColor(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setBackgroundColor");
    }

    @TauriCommand("set_fullscreen_on_monitor")
    public void setFullscreenOnMonitor(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setFullscreenOnMonitor");
    }

    @TauriCommand("set_simple_fullscreen")
    public void setSimpleFullscreen(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setSimpleFullscreen");
    }

    @TauriCommand("set_focusable")
    public void setFocusable(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("setFocusable");
    }

    /**
     * {@code activityName()}: the Android activity hosting the window. In {@code core:window:default}
     * as in Tauri, and rejected as there on a desktop system.
     */
    @TauriCommand("activity_name")
    public void activityName(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("activityName");
    }

    /**
     * {@code sceneIdentifier()}: the iOS scene hosting the window. In {@code core:window:default} as
     * in Tauri, and rejected as there on a desktop system.
     */
    @TauriCommand("scene_identifier")
    public void sceneIdentifier(InvocationContext call, @Nullable String label) {
        window(call, label);
        throw new NotSupportedException("sceneIdentifier");
    }
}
