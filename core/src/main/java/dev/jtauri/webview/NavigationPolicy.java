package dev.jtauri.webview;

/**
 * What a window does when its page is about to leave the app's origins by itself: a link, a form,
 * {@code location.href = 'https://...'}, or {@code window.open} of such a URL. Where the app sends
 * a window itself (its configured {@code url}, {@code navigate(url)}, a new window) is the app's
 * choice, and not decided here.
 */
public enum NavigationPolicy {

    /** The window stays on its page; nothing opens. */
    DENY,

    /**
     * The window stays on its page, and an {@code http}, {@code https} or {@code mailto} URL opens
     * outside the app (the system's browser or mail client); other schemes open nothing.
     */
    OPEN_EXTERNAL,

    /**
     * The window goes to the page, as a browser would; the page gets no IPC. A popup, having no
     * window of its own, opens outside the app as with {@link #OPEN_EXTERNAL}.
     */
    ALLOW
}
