package dev.jtauri.webview;

import java.util.Objects;

import dev.jtauri.event.EventNames;
import org.jspecify.annotations.Nullable;

/**
 * A window to open: Tauri's window configuration.
 *
 * @param label the unique label
 * @param title the title, or {@code null} for the app's name
 * @param width the width in logical pixels
 * @param height the height in logical pixels
 * @param url the page, relative to the frontend (such as {@code index.html}) or absolute
 */
public record WindowOptions(String label, @Nullable String title, int width, int height, String url) {

    public WindowOptions {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (!EventNames.isValid(label)) {
            throw new IllegalArgumentException("Window label '" + label + "' is not valid");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Window '" + label + "' must be at least 1x1, was " + width + "x" + height);
        }
    }
}
