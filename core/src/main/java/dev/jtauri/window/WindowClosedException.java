package dev.jtauri.window;

import dev.jtauri.InvokeException;

/**
 * An operation on a window that is closing or closed: its browser is gone, or about to be, so
 * nothing reaches it any more. A page that asked for it gets the message as its rejection, as a
 * Tauri app gets an error for a webview that no longer exists.
 */
public class WindowClosedException extends InvokeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param label the window's label
     * @param operation what was asked, such as {@code setZoom}
     */
    public WindowClosedException(String label, String operation) {
        super(operation + " failed: window '" + label + "' is closed");
    }

}
