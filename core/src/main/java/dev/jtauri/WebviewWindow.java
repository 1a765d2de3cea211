package dev.jtauri;

/**
 * A window with its webview: Tauri's {@code WebviewWindow}. A command receives its caller's
 * window by declaring a parameter of this type.
 */
public interface WebviewWindow extends ImplManager {

    /**
     * The window's label, unique in the app ({@code main} by default).
     * @return the label
     */
    String label();

    /**
     * Run a script in the window's page. It runs asynchronously; this method does not wait.
     * @param script JavaScript source
     */
    void eval(String script);

    /**
     * Load another page in the window: a path of the frontend (such as {@code settings.html}) or
     * an absolute URL. Pages outside the app's origin get no IPC.
     * @param url the page
     */
    void navigate(String url);

    /**
     * Close the window. Closing the last window ends the app.
     */
    void close();

    @Override
    default EventTarget listenerTarget() {
        return EventTarget.webviewWindow(label());
    }
}
