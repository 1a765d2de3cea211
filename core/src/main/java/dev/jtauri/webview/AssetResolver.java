package dev.jtauri.webview;

import org.jspecify.annotations.Nullable;

/**
 * Finds the frontend's files ({@code tauri.build.frontend-dist}) for the window's asset
 * protocol. The webview has already rejected paths that leave the frontend ({@code ..}, encoded
 * or not) before it asks.
 */
@FunctionalInterface
public interface AssetResolver {

    /**
     * The asset at a path.
     * @param path a normalized path relative to the frontend's root, without a leading slash,
     * such as {@code index.html} or {@code assets/app.js}
     * @return the asset, or {@code null} when there is none (the page gets a 404)
     */
    @Nullable Asset resolve(String path);
}
