package dev.jtauri.webview;

import dev.jtauri.WebviewWindow;

/**
 * Opens windows while the app runs: what a {@link WebviewHost} gives the runtime once it shows
 * the app, so that {@link dev.jtauri.WebviewWindowBuilder} and {@code new WebviewWindow(...)} in a
 * page can open more.
 */
@FunctionalInterface
public interface WindowOpener {

    /**
     * Open a window. Returns once it is being created; its page loads afterwards.
     * @param options the window
     * @return the window
     * @throws IllegalArgumentException when a window already has the label
     * @throws IllegalStateException when the app is ending
     */
    WebviewWindow open(WindowOptions options);
}
