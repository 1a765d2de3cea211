package dev.jtauri;

import java.util.Objects;

/**
 * Who an event is for, or who a listener listens as: Tauri's {@code EventTarget}.
 *
 * <p>{@link Emitter#emit} reaches every listener. {@link Emitter#emitTo} reaches the listeners
 * registered for the given target, plus those listening to {@link Any}. A label string given
 * where a target is expected means {@link AnyLabel}: any window or webview with that label.
 */
public sealed interface EventTarget {

    /**
     * Any and all targets.
     * @return the target
     */
    static EventTarget any() {
        return Any.INSTANCE;
    }

    /**
     * Any window, webview or webview window with this label.
     * @param label the label
     * @return the target
     */
    static EventTarget anyLabel(String label) {
        return new AnyLabel(label);
    }

    /**
     * The app itself: listeners registered through the {@link AppHandle}.
     * @return the target
     */
    static EventTarget app() {
        return App.INSTANCE;
    }

    /**
     * The window with this label.
     * @param label the label
     * @return the target
     */
    static EventTarget window(String label) {
        return new Window(label);
    }

    /**
     * The webview with this label.
     * @param label the label
     * @return the target
     */
    static EventTarget webview(String label) {
        return new Webview(label);
    }

    /**
     * The webview window with this label.
     * @param label the label
     * @return the target
     */
    static EventTarget webviewWindow(String label) {
        return new WebviewWindow(label);
    }

    /** Any and all targets. */
    enum Any implements EventTarget {
        /** The only instance. */
        INSTANCE
    }

    /** The app itself. */
    enum App implements EventTarget {
        /** The only instance. */
        INSTANCE
    }

    /**
     * Any window or webview with the label.
     * @param label the label
     */
    record AnyLabel(String label) implements EventTarget {
        public AnyLabel {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A window.
     * @param label the window's label
     */
    record Window(String label) implements EventTarget {
        public Window {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A webview.
     * @param label the webview's label
     */
    record Webview(String label) implements EventTarget {
        public Webview {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A webview window.
     * @param label the webview window's label
     */
    record WebviewWindow(String label) implements EventTarget {
        public WebviewWindow {
            Objects.requireNonNull(label, "label");
        }
    }
}
