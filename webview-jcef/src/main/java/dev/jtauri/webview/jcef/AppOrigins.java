package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cef.browser.CefFrame;
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

    // The same set as a script's test of the document's own origin.
    private final String originTest;

    AppOrigins(@Nullable URI devUrl) {
        this.devOrigin = (devUrl != null) ? originOf(devUrl.toString()) : null;
        this.origins = (this.devOrigin != null) ? Set.of(APP_ORIGIN, this.devOrigin) : Set.of(APP_ORIGIN);
        StringBuilder test = new StringBuilder();
        for (String origin : this.origins) {
            JsString.appendQuoted(test.append((test.length() > 0) ? "||" : "").append("location.origin==="), origin);
        }
        this.originTest = test.toString();
    }

    /**
     * An expression of a script Java runs in a page, guarded twice: it is evaluated only in a
     * document of the app's origins, then only where it is defined, and else does nothing. The
     * first guard holds even in a document of another origin that traps every name looked up on
     * its {@code window} (a proxy in the window's prototype chain): a script cannot forge its
     * {@code location.origin}.
     * @param expression the expression, such as the bridge's receiver
     * @return {@code (origin test)&&expression&&expression}, to which a call is appended
     */
    String guard(String expression) {
        return "(" + this.originTest + ")&&" + expression + "&&" + expression;
    }

    /**
     * The app's origins.
     * @return {@code tauri://localhost}, and the dev server's when there is one
     */
    Set<String> all() {
        return this.origins;
    }

    /**
     * The sources of {@code frame-ancestors} that the app's responses carry: their own origin
     * ({@code 'self'}), and the dev server's when there is one, so no page of another origin can
     * frame an app page.
     * @return the sources
     */
    List<String> frameAncestors() {
        return (this.devOrigin != null) ? List.of("'self'", this.devOrigin) : List.of("'self'");
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
     * The one check of who may use IPC and receive the app's messages: a frame whose document,
     * and the document of every frame above it, is of the app's origins. A page of another origin
     * that frames an app page (which the app's pages' {@code frame-ancestors} forbids anyway)
     * gets nothing through it, nor does an app page framing one of another origin.
     * @param frame the frame
     * @return true when the frame and every frame above it show the app
     */
    boolean mayUseIpc(CefFrame frame) {
        if (!isApp(frame.getURL())) {
            return false;
        }
        // The frames above are asked for here, so they are released here.
        CefFrame above = frame.getParent();
        while (above != null) {
            CefFrame current = above;
            try {
                if (!isApp(current.getURL())) {
                    return false;
                }
                above = current.getParent();
            }
            finally {
                current.dispose();
            }
        }
        return true;
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
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
            // As a browser writes it: without the scheme's default port.
            boolean defaultPort = (uri.getPort() == 80 && scheme.equals("http"))
                    || (uri.getPort() == 443 && scheme.equals("https"));
            return (uri.getPort() >= 0 && !defaultPort) ? origin + ":" + uri.getPort() : origin;
        }
        catch (URISyntaxException ex) {
            return "";
        }
    }
}
