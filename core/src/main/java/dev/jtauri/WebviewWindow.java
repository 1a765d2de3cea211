package dev.jtauri;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.dpi.Position;
import dev.jtauri.dpi.Size;
import dev.jtauri.image.Image;
import dev.jtauri.window.Monitor;
import dev.jtauri.window.NotSupportedException;
import dev.jtauri.window.Theme;
import dev.jtauri.window.UserAttentionType;
import dev.jtauri.window.WindowEvent;
import org.jspecify.annotations.Nullable;

/**
 * A window with its webview: Tauri's {@code WebviewWindow}, with PyTauri's operations in Java
 * style. A command receives its caller's window by declaring a parameter of this type; any code
 * finds a window with {@link AppHandle#getWebviewWindow(String)}.
 *
 * <p>Operations are thread-safe. They run on the UI toolkit's thread and return once done (a
 * setter once applied, a getter with the value); call them from the portal, an event handler or
 * any thread of yours. Sizes and positions come back in physical pixels, as in Tauri. What the
 * operating system cannot do throws {@link NotSupportedException}, which a page sees as its
 * rejection. State the window manager applies on its own time (maximized, minimized, focused,
 * fullscreen) may show in the getters shortly after the request returns.
 */
public interface WebviewWindow extends ImplManager {

    /**
     * The window's label, unique in the app ({@code main} by default).
     * @return the label
     */
    String label();

    // ---- the webview

    /**
     * Run a script in the window's page. It runs asynchronously; this method does not wait.
     * @param script JavaScript source
     */
    void eval(String script);

    /**
     * Load another page in the window: a path of the frontend (such as {@code settings.html}) or
     * an absolute URL. Pages outside the app's origin get no IPC. This is the app's own choice:
     * {@code tauri.app.security.navigation}, which decides where a page may take its window, does
     * not apply, nor to the redirects that follow, and the page may go on within that site.
     * @param url the page
     */
    void navigate(String url);

    /**
     * The URL of the page the window shows.
     * @return the URL
     */
    String url();

    /** Reload the page. */
    void reload();

    /**
     * Zoom the page.
     * @param scaleFactor 1.0 for 100 %
     */
    void setZoom(double scaleFactor);

    /** Open the print dialog for the page. */
    void print();

    /** Clear the browsing data of every window: cookies, caches and storage. */
    void clearAllBrowsingData();

    /**
     * Open the page's DevTools, or close them when open: what Tauri's DevTools key does
     * ({@code plugin:webview|internal_toggle_devtools}). Nothing happens unless the app allows
     * DevTools ({@code tauri.webview.devtools}), as in a Tauri build without them.
     */
    void toggleDevtools();

    // ---- life

    /**
     * Ask the window to close, as its close button does: {@code tauri://close-requested} goes to
     * the page and to {@link #onCloseRequested} handlers, which may keep it open; otherwise it is
     * destroyed. Closing the last window ends the app.
     */
    void close();

    /** Close the window at once, without asking its listeners. */
    void destroy();

    /**
     * Handle this window's events, as long as it lives, on an event thread (never a UI thread),
     * one at a time and in order. A {@link WindowEvent.CloseRequested} waits for the handlers
     * before the window closes.
     * @param handler the handler
     */
    void onWindowEvent(Consumer<WindowEvent> handler);

    /**
     * Handle this window's close requests; {@link WindowEvent.CloseRequested#preventClose()}
     * keeps it open.
     * @param handler the handler
     */
    default void onCloseRequested(Consumer<WindowEvent.CloseRequested> handler) {
        onWindowEvent((event) -> {
            if (event instanceof WindowEvent.CloseRequested request) {
                handler.accept(request);
            }
        });
    }

    // ---- getters

    /**
     * The title.
     * @return the title
     */
    String title();

    /**
     * The scale factor between physical and logical pixels.
     * @return the factor, 1.0 on a screen without scaling
     */
    double scaleFactor();

    /**
     * The size of the content area.
     * @return the size in physical pixels
     */
    PhysicalSize innerSize();

    /**
     * The size of the whole window, decorations included.
     * @return the size in physical pixels
     */
    PhysicalSize outerSize();

    /**
     * The content area's top-left corner on the desktop.
     * @return the position in physical pixels
     */
    PhysicalPosition innerPosition();

    /**
     * The window's top-left corner on the desktop, decorations included.
     * @return the position in physical pixels
     */
    PhysicalPosition outerPosition();

    /** @return whether the window is maximized */
    boolean isMaximized();

    /** @return whether the window is minimized */
    boolean isMinimized();

    /** @return whether the window is fullscreen */
    boolean isFullscreen();

    /** @return whether the window has the keyboard focus */
    boolean isFocused();

    /** @return whether the window has the system's title bar and borders */
    boolean isDecorated();

    /** @return whether the user may resize the window */
    boolean isResizable();

    /** @return whether the window's maximize button is enabled */
    boolean isMaximizable();

    /** @return whether the window's minimize button is enabled */
    boolean isMinimizable();

    /** @return whether the window's close button is enabled */
    boolean isClosable();

    /** @return whether the window is shown */
    boolean isVisible();

    /** @return whether the window takes input */
    boolean isEnabled();

    /** @return whether the window stays above others */
    boolean isAlwaysOnTop();

    /**
     * The window's theme: the one set, else the system's, as Tauri answers.
     * @return the theme
     */
    Theme theme();

    /**
     * The monitor the window is on.
     * @return the monitor, if known
     */
    Optional<Monitor> currentMonitor();

    /**
     * The primary monitor.
     * @return the monitor, if known
     */
    Optional<Monitor> primaryMonitor();

    /**
     * The monitor that holds a point of the desktop.
     * @param x the point's x in physical pixels
     * @param y the point's y in physical pixels
     * @return the monitor, if any holds the point
     */
    Optional<Monitor> monitorFromPoint(double x, double y);

    /**
     * Every monitor.
     * @return the monitors
     */
    List<Monitor> availableMonitors();

    /**
     * Where the mouse pointer is on the desktop.
     * @return the position in physical pixels
     */
    PhysicalPosition cursorPosition();

    // ---- actions

    /** Center the window on its monitor. */
    void center();

    /** Maximize the window. */
    void maximize();

    /** Restore a maximized window. */
    void unmaximize();

    /** Maximize the window, or restore it when maximized. */
    void toggleMaximize();

    /** Minimize the window. */
    void minimize();

    /** Restore a minimized window. */
    void unminimize();

    /** Show the window. */
    void show();

    /** Hide the window. */
    void hide();

    /** Bring the window to the front and give it the keyboard focus. */
    void setFocus();

    /**
     * Ask for the user's attention, for example by flashing the taskbar entry.
     * @param type how insistently; {@code null} to stop asking
     */
    void requestUserAttention(@Nullable UserAttentionType type);

    /** Start moving the window with the mouse, as a drag of its title bar does. */
    void startDragging();

    // ---- setters

    /**
     * Set the title.
     * @param title the title
     */
    void setTitle(String title);

    /**
     * Resize the content area.
     * @param size the size, logical or physical
     */
    void setSize(Size size);

    /**
     * Set the smallest size the user may give the content area.
     * @param size the size, or {@code null} for no limit
     */
    void setMinSize(@Nullable Size size);

    /**
     * Set the largest size the user may give the content area.
     * @param size the size, or {@code null} for no limit
     */
    void setMaxSize(@Nullable Size size);

    /**
     * Move the window.
     * @param position its new outer top-left corner, logical or physical
     */
    void setPosition(Position position);

    /**
     * Enter or leave fullscreen.
     * @param fullscreen whether to fill the screen
     */
    void setFullscreen(boolean fullscreen);

    /**
     * Allow or forbid resizing by the user.
     * @param resizable whether the user may resize
     */
    void setResizable(boolean resizable);

    /**
     * Show or remove the system's title bar and borders.
     * @param decorations whether to show them
     */
    void setDecorations(boolean decorations);

    /**
     * Keep the window above others, or not.
     * @param alwaysOnTop whether to keep it above
     */
    void setAlwaysOnTop(boolean alwaysOnTop);

    /**
     * Enable or disable the maximize button.
     * @param maximizable whether it is enabled
     */
    void setMaximizable(boolean maximizable);

    /**
     * Enable or disable the minimize button.
     * @param minimizable whether it is enabled
     */
    void setMinimizable(boolean minimizable);

    /**
     * Enable or disable the close button.
     * @param closable whether it is enabled
     */
    void setClosable(boolean closable);

    /**
     * Let the window take input, or not.
     * @param enabled whether it takes input
     */
    void setEnabled(boolean enabled);

    /**
     * Set the window's icon.
     * @param icon the icon
     */
    void setIcon(Image icon);

    /**
     * Show or hide the mouse pointer over the window.
     * @param visible whether to show it
     */
    void setCursorVisible(boolean visible);

    /**
     * Set the window's theme. {@link dev.jtauri.window.WindowEvent.ThemeChanged} follows when the
     * window's theme changes, the system's counting while none is set.
     * @param theme the theme, or {@code null} to follow the system
     */
    void setTheme(@Nullable Theme theme);

    @Override
    default EventTarget listenerTarget() {
        return EventTarget.webviewWindow(label());
    }
}
