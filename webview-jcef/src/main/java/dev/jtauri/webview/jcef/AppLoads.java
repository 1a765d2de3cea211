package dev.jtauri.webview.jcef;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the app itself asked one window to load (its configured {@code url}, {@code navigate(url)}):
 * that is the app's choice, which no navigation policy second-guesses. The window's next
 * navigation to that origin is the app's; so are the redirects that follow it (a site that sends
 * {@code example.com} on to {@code www.example.com}). The site the app so put in the window stays
 * the window's: its page may go on within that origin, as it would in a browser, until the app
 * loads something else.
 *
 * <p>The app's threads tell it what they load ({@link #expect}); CEF's UI thread asks it about
 * each main-frame navigation ({@link #admits}).
 */
final class AppLoads {

    // Guarded by "this": the origin of a load the app asked for that has not started yet.
    private @Nullable String pending;

    // Guarded by "this": the origin of what the app last loaded, unless the app's own or opaque.
    private @Nullable String site;

    // Guarded by "this": the navigation under way is the app's, so its redirects are too.
    private boolean appNavigation;

    /**
     * The app is about to load a URL in the window.
     * @param url the URL
     */
    synchronized void expect(String url) {
        this.pending = key(url);
    }

    /**
     * Whether a main-frame navigation is the app's own load, a redirect of it, or stays on the
     * site the app loaded. Keeps track of which it is: call once per navigation and redirect.
     * @param url where the window is about to go
     * @param redirect whether it is a redirect of the navigation under way
     * @param origins the app's origins, which are never a site of their own
     * @return true when the app chose it
     */
    synchronized boolean admits(String url, boolean redirect, AppOrigins origins) {
        if (!redirect) {
            this.appNavigation = this.pending != null && this.pending.equals(key(url));
            if (this.appNavigation) {
                this.pending = null;
            }
        }
        String origin = AppOrigins.originOf(url);
        if (this.appNavigation) {
            this.site = (origin.isEmpty() || origins.isApp(url)) ? null : origin;
            return true;
        }
        return this.site != null && this.site.equals(origin);
    }

    /** A URL's origin, or for one without a host (data:, about:) its scheme. */
    private static String key(String url) {
        String origin = AppOrigins.originOf(url);
        if (!origin.isEmpty()) {
            return origin;
        }
        int colon = url.indexOf(':');
        return (colon > 0) ? url.substring(0, colon + 1).toLowerCase(Locale.ROOT) : url;
    }
}
