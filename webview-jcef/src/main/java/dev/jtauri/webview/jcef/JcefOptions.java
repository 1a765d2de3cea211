package dev.jtauri.webview.jcef;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import dev.jtauri.webview.AssetResolver;
import dev.jtauri.webview.PageSecurity;
import org.jspecify.annotations.Nullable;

/**
 * How the JCEF host shows an app.
 *
 * @param assets the frontend's files
 * @param devUrl a dev server to load pages from instead, or {@code null}
 * @param devtools whether F12 opens Chromium's DevTools
 * @param defaultTitle the title of windows that set none
 * @param engine how to start CEF
 * @param maxPayloadSize the largest invoke body read for a window opened before the app's runtime
 * exists ({@code tauri.ipc.max-payload-size}); the runtime's own limit applies once it does
 * @param maxNestingDepth how deep the arguments a page's bridge sends may nest
 * ({@code tauri.ipc.max-nesting-depth}): deeper ones it refuses before serializing them past the
 * page's stack; Java refuses them anyway
 * @param channelSendTimeout how long {@code Channel.send} waits for room in its window's budget
 * before it fails ({@code tauri.ipc.channel-send-timeout})
 * @param security how the app's pages are protected
 */
public record JcefOptions(AssetResolver assets, @Nullable URI devUrl, boolean devtools, String defaultTitle,
        CefEngineOptions engine, long maxPayloadSize, int maxNestingDepth, Duration channelSendTimeout,
        PageSecurity security) {

    private static final java.util.regex.Pattern ABSOLUTE = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

    public JcefOptions {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(defaultTitle, "defaultTitle");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(channelSendTimeout, "channelSendTimeout");
        Objects.requireNonNull(security, "security");
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be at least 1, was " + maxNestingDepth);
        }
    }

    /**
     * The URL a window's {@code url} setting loads: an absolute URL as is, a path against the
     * dev server or {@code tauri://localhost/}.
     * @param url the setting
     * @return the URL to load
     */
    String resolve(String url) {
        if (isAbsolute(url)) {
            return url;
        }
        String path = url.startsWith("/") ? url.substring(1) : url;
        if (this.devUrl != null) {
            String base = this.devUrl.toString();
            return (base.endsWith("/") ? base : base + "/") + path;
        }
        return AppOrigins.APP_ORIGIN + "/" + path;
    }

    /**
     * The frontend file a window's {@code url} setting loads, as the asset protocol resolves it.
     * @param url the setting
     * @return the file's path, or {@code null} for an absolute URL, a dev server, or a path that
     * leaves the frontend
     */
    public @Nullable String frontendPath(String url) {
        if (this.devUrl != null || isAbsolute(url)) {
            return null;
        }
        return AssetPaths.of(resolve(url));
    }

    /**
     * Whether a window's {@code url} setting is an absolute URL (it has a scheme, such as
     * {@code https:} or {@code data:}) rather than a path of the frontend.
     * @param url the setting
     * @return true when absolute
     */
    public static boolean isAbsolute(String url) {
        return ABSOLUTE.matcher(url).lookingAt();
    }
}
