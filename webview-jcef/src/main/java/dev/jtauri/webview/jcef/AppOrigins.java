package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The origins whose pages get IPC: the app's own {@code tauri://localhost}, and the dev
 * server's when {@code tauri.build.dev-url} is set. Remote pages, {@code data:} URLs and
 * anything else get neither the bridge nor a way to invoke.
 */
final class AppOrigins {

    /** The origin the frontend is served from. */
    static final String APP_ORIGIN = "tauri://localhost";

    private final Set<String> origins;

    private final @Nullable String devOrigin;

    AppOrigins(@Nullable URI devUrl) {
        this.devOrigin = (devUrl != null) ? originOf(devUrl.toString()) : null;
        this.origins = (this.devOrigin != null) ? Set.of(APP_ORIGIN, this.devOrigin) : Set.of(APP_ORIGIN);
    }

    /**
     * The app's origins.
     * @return {@code tauri://localhost}, and the dev server's when there is one
     */
    Set<String> all() {
        return this.origins;
    }

    /**
     * Whether a page or request URL belongs to the app.
     * @param url the URL
     * @return true for the app's origins
     */
    boolean isApp(@Nullable String url) {
        return url != null && this.origins.contains(originOf(url));
    }

    /**
     * Whether a URL belongs to the dev server, whose responses jtauri proxies to add the bridge.
     * @param url the URL
     * @return true for the dev server's origin
     */
    boolean isDevServer(@Nullable String url) {
        return url != null && this.devOrigin != null && this.devOrigin.equals(originOf(url));
    }

    /**
     * {@code scheme://host[:port]} of a URL, lower-cased, or an empty string.
     */
    static String originOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
            return (uri.getPort() >= 0) ? origin + ":" + uri.getPort() : origin;
        }
        catch (URISyntaxException ex) {
            return "";
        }
    }
}
