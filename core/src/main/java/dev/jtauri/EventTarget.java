package dev.jtauri;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.jtauri.event.EventTargetKinds;
import tools.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * Who an event is for, or who a listener listens as: Tauri's {@code EventTarget}.
 *
 * <p>{@link Emitter#emit} reaches every listener. {@link Emitter#emitTo} reaches the listeners
 * registered for the given target, plus those listening to {@link Any}. A label string given
 * where a target is expected means {@link AnyLabel}: any window or webview with that label.
 *
 * <p>In JSON a target is what {@code @tauri-apps/api} sends: {@code {"kind": "Any"}},
 * {@code {"kind": "WebviewWindow", "label": "main"}} and so on; a bare string is an
 * {@link AnyLabel}. Jackson reads and writes it by its kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "kind",
        defaultImpl = EventTarget.AnyLabel.class)
@JsonTypeIdResolver(EventTargetKinds.class)
public sealed interface EventTarget permits EventTarget.Any, EventTarget.App, EventTarget.Labelled {

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
    record Any() implements EventTarget {

        /** The one needed: all are equal. */
        public static final Any INSTANCE = new Any();
    }

    /** The app itself. */
    record App() implements EventTarget {

        /** The one needed: all are equal. */
        public static final App INSTANCE = new App();
    }

    /** A target named by a label. */
    sealed interface Labelled extends EventTarget permits AnyLabel, Window, Webview, WebviewWindow {

        /**
         * The label.
         * @return the label
         */
        String label();
    }

    /**
     * Any window or webview with the label.
     * @param label the label
     */
    record AnyLabel(String label) implements Labelled {

        public AnyLabel {
            Objects.requireNonNull(label, "label");
        }

        /** A bare label in JSON, as Tauri's API accepts one where a target is expected. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static AnyLabel ofLabel(String label) {
            return new AnyLabel(label);
        }
    }

    /**
     * A window.
     * @param label the window's label
     */
    record Window(String label) implements Labelled {

        public Window {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A webview.
     * @param label the webview's label
     */
    record Webview(String label) implements Labelled {

        public Webview {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A webview window.
     * @param label the webview window's label
     */
    record WebviewWindow(String label) implements Labelled {

        public WebviewWindow {
            Objects.requireNonNull(label, "label");
        }
    }
}
