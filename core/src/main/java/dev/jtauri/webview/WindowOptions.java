package dev.jtauri.webview;

import java.util.Objects;

import dev.jtauri.event.EventNames;
import dev.jtauri.window.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A window to open: Tauri's window configuration ({@code tauri.conf.json}'s
 * {@code app.windows[]}, or the options of {@code new WebviewWindow(label, options)}). Sizes and
 * positions are in logical pixels; the size is the content area's.
 *
 * @param label the unique label
 * @param url the page, relative to the frontend (such as {@code index.html}) or absolute
 * @param title the title, or {@code null} for the app's name
 * @param width the content area's width
 * @param height the content area's height
 * @param x the window's left edge on the desktop, or {@code null} to let the system place it
 * @param y the window's top edge, set together with {@code x}
 * @param center whether to center the window on its monitor (when no position is given)
 * @param minWidth the smallest width the user may give it, or {@code null}
 * @param minHeight the smallest height, or {@code null}
 * @param maxWidth the largest width, or {@code null}
 * @param maxHeight the largest height, or {@code null}
 * @param resizable whether the user may resize it
 * @param decorations whether it has the system's title bar and borders
 * @param fullscreen whether it opens fullscreen
 * @param maximized whether it opens maximized
 * @param alwaysOnTop whether it stays above other windows
 * @param visible whether it is shown when opened (a hidden one can be shown later)
 * @param focus whether it takes the focus when opened
 * @param theme its theme, or {@code null} to follow the system
 * @param closable whether its close button closes it
 */
public record WindowOptions(String label, String url, @Nullable String title, double width, double height,
        @Nullable Double x, @Nullable Double y, boolean center, @Nullable Double minWidth, @Nullable Double minHeight,
        @Nullable Double maxWidth, @Nullable Double maxHeight, boolean resizable, boolean decorations,
        boolean fullscreen, boolean maximized, boolean alwaysOnTop, boolean visible, boolean focus,
        @Nullable Theme theme, boolean closable) {

    /** Tauri's default width. */
    public static final double DEFAULT_WIDTH = 800;

    /** Tauri's default height. */
    public static final double DEFAULT_HEIGHT = 600;

    public WindowOptions {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (!EventNames.isValid(label)) {
            throw new IllegalArgumentException("Window label '" + label + "' is not valid: use only alphanumeric "
                    + "characters, '-', '/', ':' and '_'");
        }
        if (!(width >= 1) || !(height >= 1) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("Window '" + label + "' must be at least 1x1, was " + width + "x" + height);
        }
        if ((x == null) != (y == null)) {
            throw new IllegalArgumentException("Window '" + label + "' needs both x and y, or neither");
        }
        requireOrdered(label, "width", minWidth, maxWidth);
        requireOrdered(label, "height", minHeight, maxHeight);
    }

    /**
     * Start a window's options with Tauri's defaults: 800×600, resizable, decorated, visible,
     * focused.
     * @param label the unique label
     * @param url the page
     * @return the builder
     */
    public static Builder builder(String label, String url) {
        return new Builder(label, url);
    }

    private static void requireOrdered(String label, String dimension, @Nullable Double min, @Nullable Double max) {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("Window '" + label + "': min " + dimension + " " + min
                    + " is larger than max " + dimension + " " + max);
        }
    }

    /**
     * Builds {@link WindowOptions}.
     */
    public static final class Builder {

        private final String label;

        private final String url;

        private @Nullable String title;

        private double width = DEFAULT_WIDTH;

        private double height = DEFAULT_HEIGHT;

        private @Nullable Double x;

        private @Nullable Double y;

        private boolean center;

        private @Nullable Double minWidth;

        private @Nullable Double minHeight;

        private @Nullable Double maxWidth;

        private @Nullable Double maxHeight;

        private boolean resizable = true;

        private boolean decorations = true;

        private boolean fullscreen;

        private boolean maximized;

        private boolean alwaysOnTop;

        private boolean visible = true;

        private boolean focus = true;

        private @Nullable Theme theme;

        private boolean closable = true;

        private Builder(String label, String url) {
            this.label = label;
            this.url = url;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder size(double width, double height) {
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder position(@Nullable Double x, @Nullable Double y) {
            this.x = x;
            this.y = y;
            return this;
        }

        public Builder center(boolean center) {
            this.center = center;
            return this;
        }

        public Builder minSize(@Nullable Double width, @Nullable Double height) {
            this.minWidth = width;
            this.minHeight = height;
            return this;
        }

        public Builder maxSize(@Nullable Double width, @Nullable Double height) {
            this.maxWidth = width;
            this.maxHeight = height;
            return this;
        }

        public Builder resizable(boolean resizable) {
            this.resizable = resizable;
            return this;
        }

        public Builder decorations(boolean decorations) {
            this.decorations = decorations;
            return this;
        }

        public Builder fullscreen(boolean fullscreen) {
            this.fullscreen = fullscreen;
            return this;
        }

        public Builder maximized(boolean maximized) {
            this.maximized = maximized;
            return this;
        }

        public Builder alwaysOnTop(boolean alwaysOnTop) {
            this.alwaysOnTop = alwaysOnTop;
            return this;
        }

        public Builder visible(boolean visible) {
            this.visible = visible;
            return this;
        }

        public Builder focus(boolean focus) {
            this.focus = focus;
            return this;
        }

        public Builder theme(@Nullable Theme theme) {
            this.theme = theme;
            return this;
        }

        public Builder closable(boolean closable) {
            this.closable = closable;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException naming the window when an option is out of range
         */
        public WindowOptions build() {
            return new WindowOptions(this.label, this.url, this.title, this.width, this.height, this.x, this.y,
                    this.center, this.minWidth, this.minHeight, this.maxWidth, this.maxHeight, this.resizable,
                    this.decorations, this.fullscreen, this.maximized, this.alwaysOnTop, this.visible, this.focus,
                    this.theme, this.closable);
        }
    }
}
