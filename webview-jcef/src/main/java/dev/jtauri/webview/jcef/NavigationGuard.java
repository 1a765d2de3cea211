package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.jtauri.webview.ExternalUrlOpener;
import dev.jtauri.webview.NavigationPolicy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a window's page may take it ({@code tauri.app.security.navigation}). Asked by CEF on its
 * UI thread for each main-frame navigation ({@link #beforeBrowse}) and each popup
 * ({@link #beforePopup}); it decides there and never waits. Opening a URL outside the app happens
 * on a thread of its own, once the app's {@link ExternalUrlOpener} is known.
 *
 * <ul>
 * <li>The app's origins are always the window's, and so is what the app itself loads into it
 * ({@link AppLoads}).</li>
 * <li>Anything else is the page leaving the app, and the policy decides: stay ({@code deny}),
 * stay and open the URL outside the app ({@code open-external}, for {@code http}, {@code https}
 * and {@code mailto} only), or go ({@code allow}).</li>
 * <li>A popup never opens a window: one of the app's origins is refused; another URL is refused
 * under {@code deny} and opened outside the app otherwise.</li>
 * </ul>
 * Each decision is logged at debug, the first that keeps a window from leaving at info.
 */
final class NavigationGuard {

    private static final Logger logger = LoggerFactory.getLogger(NavigationGuard.class);

    private static final String PROPERTY = "tauri.app.security.navigation";

    private final AppOrigins origins;

    private final NavigationPolicy policy;

    private final Executor openers;

    private final CompletableFuture<ExternalUrlOpener> opener = new CompletableFuture<>();

    private final AtomicBoolean toldOnce = new AtomicBoolean();

    /**
     * @param origins the app's origins
     * @param policy what a page leaving them does
     * @param openers runs each opening of a URL outside the app, on a thread of its own
     */
    NavigationGuard(AppOrigins origins, NavigationPolicy policy, Executor openers) {
        this.origins = origins;
        this.policy = policy;
        this.openers = openers;
    }

    /**
     * What opens URLs outside the app; the first one given is kept. Until one is given, URLs to
     * open wait: nothing of the app's runs before the app has chosen it.
     * @param opener the opener
     */
    void useOpener(ExternalUrlOpener opener) {
        this.opener.complete(opener);
    }

    /**
     * A window's main frame is about to navigate; on CEF's UI thread.
     * @param label the window's label, for the log
     * @param loads what the app itself loads into the window
     * @param url where the frame is about to go
     * @param redirect whether it is a redirect of the navigation under way
     * @return true to cancel the navigation
     */
    boolean beforeBrowse(String label, AppLoads loads, String url, boolean redirect) {
        if (loads.admits(url, redirect, this.origins) || isApp(url)) {
            logger.debug("Window '{}' goes to {}", label, url);
            return false;
        }
        if (this.policy == NavigationPolicy.ALLOW) {
            logger.debug("Window '{}' leaves the app for {} ({}=allow)", label, url, PROPERTY);
            return false;
        }
        refuse(label, url, "leaving the app", this.policy == NavigationPolicy.OPEN_EXTERNAL);
        return true;
    }

    /**
     * A page asks for a popup; on CEF's UI thread. It is always refused.
     * @param label the window's label, for the log
     * @param url the popup's URL
     * @return true, to cancel it
     */
    boolean beforePopup(String label, String url) {
        if (isApp(url)) {
            logger.debug("Window '{}': refused a popup of the app's own {}; pages open windows with new "
                    + "WebviewWindow(...)", label, url);
            return true;
        }
        refuse(label, url, "a popup", this.policy != NavigationPolicy.DENY);
        return true;
    }

    /** An app URL, or a blob: URL the app made ({@code blob:tauri://localhost/<uuid>}). */
    private boolean isApp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return this.origins.isApp(lower.startsWith("blob:") ? url.substring(5) : url);
    }

    private void refuse(String label, String url, String what, boolean openExternally) {
        URI external = openExternally ? external(url) : null;
        String outcome = (external != null) ? "opened it outside the app" : "kept the window on its page";
        if (this.toldOnce.compareAndSet(false, true)) {
            logger.info("Window '{}': {} to {} was refused, and jtauri {} ({}={}); later ones are logged at debug",
                    label, what, AppOrigins.originOf(url).isEmpty() ? url : AppOrigins.originOf(url), outcome, PROPERTY,
                    this.policy.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        logger.debug("Window '{}': {} to {} was refused, and jtauri {}", label, what, url, outcome);
        if (external != null) {
            this.opener.thenAccept((opener) -> this.openers.execute(() -> open(opener, external)));
        }
    }

    private static void open(ExternalUrlOpener opener, URI url) {
        try {
            opener.open(url);
        }
        catch (Exception ex) {
            logger.warn("Could not open {} outside the app: {}", url, ex.toString());
        }
    }

    /** The URL, if it is one to open outside the app. */
    private static @Nullable URI external(String url) {
        try {
            URI uri = new URI(url);
            return ExternalUrlOpener.mayOpen(uri) ? uri : null;
        }
        catch (URISyntaxException ex) {
            return null;
        }
    }
}
