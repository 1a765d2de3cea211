package dev.jtauri.window;

import dev.jtauri.webview.WindowOptions;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code new WebviewWindow(label, options)} as {@code @tauri-apps/api} sends them
 * (camelCase, Tauri's names). Options jtauri cannot honour on this platform reject the creation
 * when set; unknown ones are ignored, as serde ignores them.
 */
record WebviewWindowOptions(String label, @Nullable String url, @Nullable String title, @Nullable Double width,
        @Nullable Double height, @Nullable Double x, @Nullable Double y, @Nullable Boolean center,
        @Nullable Double minWidth, @Nullable Double minHeight, @Nullable Double maxWidth, @Nullable Double maxHeight,
        @Nullable Boolean resizable, @Nullable Boolean decorations, @Nullable Boolean fullscreen,
        @Nullable Boolean maximized, @Nullable Boolean alwaysOnTop, @Nullable Boolean visible, @Nullable Boolean focus,
        @Nullable Theme theme, @Nullable String parent, @Nullable Boolean transparent, @Nullable Boolean skipTaskbar,
        @Nullable Boolean alwaysOnBottom, @Nullable Boolean contentProtected, @Nullable Boolean visibleOnAllWorkspaces,
        @Nullable Boolean incognito, @Nullable String userAgent, @Nullable Boolean closable,
        @Nullable Boolean maximizable, @Nullable Boolean minimizable, @Nullable Boolean focusable,
        @Nullable Boolean shadow, @Nullable Object backgroundColor) {

    /** Tauri's default page: the frontend's entry. */
    private static final String DEFAULT_URL = "index.html";

    WindowOptions toWindowOptions() {
        rejectIfSet("parent", this.parent != null);
        rejectIfSet("transparent", Boolean.TRUE.equals(this.transparent));
        rejectIfSet("skipTaskbar", Boolean.TRUE.equals(this.skipTaskbar));
        rejectIfSet("alwaysOnBottom", Boolean.TRUE.equals(this.alwaysOnBottom));
        rejectIfSet("contentProtected", Boolean.TRUE.equals(this.contentProtected));
        rejectIfSet("visibleOnAllWorkspaces", Boolean.TRUE.equals(this.visibleOnAllWorkspaces));
        rejectIfSet("incognito", Boolean.TRUE.equals(this.incognito));
        rejectIfSet("userAgent", this.userAgent != null);
        rejectIfSet("maximizable", Boolean.FALSE.equals(this.maximizable));
        rejectIfSet("minimizable", Boolean.FALSE.equals(this.minimizable));
        rejectIfSet("focusable", Boolean.FALSE.equals(this.focusable));
        rejectIfSet("shadow", Boolean.FALSE.equals(this.shadow));
        rejectIfSet("backgroundColor", this.backgroundColor != null);
        WindowOptions.Builder options = WindowOptions.builder(this.label, (this.url != null) ? this.url : DEFAULT_URL)
            .title(this.title)
            .size(or(this.width, WindowOptions.DEFAULT_WIDTH), or(this.height, WindowOptions.DEFAULT_HEIGHT))
            .position(this.x, this.y)
            .minSize(this.minWidth, this.minHeight)
            .maxSize(this.maxWidth, this.maxHeight)
            .theme(this.theme);
        if (this.center != null) {
            options.center(this.center);
        }
        if (this.resizable != null) {
            options.resizable(this.resizable);
        }
        if (this.decorations != null) {
            options.decorations(this.decorations);
        }
        if (this.fullscreen != null) {
            options.fullscreen(this.fullscreen);
        }
        if (this.maximized != null) {
            options.maximized(this.maximized);
        }
        if (this.alwaysOnTop != null) {
            options.alwaysOnTop(this.alwaysOnTop);
        }
        if (this.visible != null) {
            options.visible(this.visible);
        }
        if (this.focus != null) {
            options.focus(this.focus);
        }
        if (this.closable != null) {
            options.closable(this.closable);
        }
        return options.build();
    }

    private static double or(@Nullable Double value, double fallback) {
        return (value != null) ? value : fallback;
    }

    private static void rejectIfSet(String option, boolean set) {
        if (set) {
            throw new NotSupportedException("the window option '" + option + "'");
        }
    }
}
