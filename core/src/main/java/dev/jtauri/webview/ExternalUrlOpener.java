package dev.jtauri.webview;

import java.io.IOException;
import java.net.URI;

/**
 * Opens a URL outside the app: the system's browser, or its mail client. A window's host calls it
 * where a page would leave the app and {@code tauri.app.security.navigation} is
 * {@code open-external}. Replace it (a bean of this type) to open URLs otherwise, or to record
 * them in tests.
 *
 * <p>It is called on a thread of its own for each URL, never on a UI thread, so it may block; it
 * is given only {@code http}, {@code https} and {@code mailto} URLs.
 */
@FunctionalInterface
public interface ExternalUrlOpener {

    /** The schemes a page may hand to the system. */
    java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "mailto");

    /**
     * Open a URL outside the app.
     * @param url an {@code http}, {@code https} or {@code mailto} URL
     * @throws IOException when the system could not be asked to open it
     */
    void open(URI url) throws IOException;

    /**
     * Whether a URL is one a page may hand to the system: {@code http}, {@code https} or
     * {@code mailto}, never a file or a scheme another program registered.
     * @param url the URL
     * @return true for those schemes
     */
    static boolean mayOpen(URI url) {
        return url.isAbsolute() && SCHEMES.contains(url.getScheme().toLowerCase(java.util.Locale.ROOT));
    }
}
