package dev.jtauri.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a window, as Tauri's {@code WindowEvent}. Java handlers get them
 * through {@code WebviewWindow.onWindowEvent}; pages get the same as {@code tauri://} events
 * ({@link #EVENT_NAMES}).
 */
public sealed interface WindowEvent {

    /** {@code tauri://resize}, payload {@code {width, height}} in physical pixels. */
    String RESIZED = "tauri://resize";

    /** {@code tauri://move}, payload {@code {x, y}} in physical pixels. */
    String MOVED = "tauri://move";

    /** {@code tauri://close-requested}, no payload. */
    String CLOSE_REQUESTED = "tauri://close-requested";

    /** {@code tauri://destroyed}, no payload. */
    String DESTROYED = "tauri://destroyed";

    /** {@code tauri://focus}, no payload. */
    String FOCUS = "tauri://focus";

    /** {@code tauri://blur}, no payload. */
    String BLUR = "tauri://blur";

    /** {@code tauri://scale-change}, payload {@code {scaleFactor, size}}. */
    String SCALE_CHANGED = "tauri://scale-change";

    /** {@code tauri://theme-changed}, payload {@code "light"} or {@code "dark"}. */
    String THEME_CHANGED = "tauri://theme-changed";

    /** {@code tauri://drag-enter}, payload {@code {paths, position}}: files dragged over the window. */
    String DRAG_ENTER = "tauri://drag-enter";

    /** {@code tauri://drag-over}, payload {@code {position}}. */
    String DRAG_OVER = "tauri://drag-over";

    /** {@code tauri://drag-drop}, payload {@code {paths, position}}: files dropped on the window. */
    String DRAG_DROP = "tauri://drag-drop";

    /** {@code tauri://drag-leave}, no payload: the drag left, or was cancelled. */
    String DRAG_LEAVE = "tauri://drag-leave";

    /** {@code tauri://window-created}, to every listener, when a window opens. */
    String WINDOW_CREATED = "tauri://window-created";

    /**
     * The event's name as pages listen to it.
     * @return the name
     */
    String eventName();

    /**
     * What the page receives as the event's payload.
     * @return the payload, or {@code null} for none
     */
    default Object payload() {
        return null;
    }

    /**
     * The window's inner size changed.
     * @param size the new inner size
     */
    record Resized(PhysicalSize size) implements WindowEvent {

        @Override
        public String eventName() {
            return RESIZED;
        }

        @Override
        public Object payload() {
            return this.size;
        }
    }

    /**
     * The window moved.
     * @param position its new outer position
     */
    record Moved(PhysicalPosition position) implements WindowEvent {

        @Override
        public String eventName() {
            return MOVED;
        }

        @Override
        public Object payload() {
            return this.position;
        }
    }

    /**
     * The window gained or lost the focus.
     * @param focused whether it has it now
     */
    record Focused(boolean focused) implements WindowEvent {

        @Override
        public String eventName() {
            return this.focused ? FOCUS : BLUR;
        }
    }

    /**
     * The window's scale factor changed, for example on another monitor.
     * @param scaleFactor the new factor
     * @param size the window's new inner size
     */
    record ScaleFactorChanged(double scaleFactor, PhysicalSize size) implements WindowEvent {

        @Override
        public String eventName() {
            return SCALE_CHANGED;
        }

        @Override
        public Object payload() {
            return this;
        }
    }

    /**
     * The window's theme changed.
     * @param theme the new theme
     */
    record ThemeChanged(Theme theme) implements WindowEvent {

        @Override
        public String eventName() {
            return THEME_CHANGED;
        }

        @Override
        public Object payload() {
            return this.theme;
        }
    }

    /**
     * Files dragged over the window, dropped on it, or taken away: Tauri's
     * {@code DragDropEvent}. Positions are in physical pixels from the content area's top-left.
     */
    sealed interface DragDropEvent extends WindowEvent permits DragEnter, DragOver, DragDrop, DragLeave {
    }

    /**
     * Files dragged onto the window.
     * @param paths the files
     * @param position where the pointer is
     */
    record DragEnter(List<Path> paths, PhysicalPosition position) implements DragDropEvent {

        @Override
        public String eventName() {
            return DRAG_ENTER;
        }

        @Override
        public Object payload() {
            return new DragPayload(DragPayload.strings(this.paths), this.position);
        }
    }

    /**
     * Files dragged across the window.
     * @param position where the pointer is
     */
    record DragOver(PhysicalPosition position) implements DragDropEvent {

        @Override
        public String eventName() {
            return DRAG_OVER;
        }

        @Override
        public Object payload() {
            return new DragPayload(null, this.position);
        }
    }

    /**
     * Files dropped on the window.
     * @param paths the files
     * @param position where they were dropped
     */
    record DragDrop(List<Path> paths, PhysicalPosition position) implements DragDropEvent {

        @Override
        public String eventName() {
            return DRAG_DROP;
        }

        @Override
        public Object payload() {
            return new DragPayload(DragPayload.strings(this.paths), this.position);
        }
    }

    /** The drag left the window, or was cancelled. */
    record DragLeave() implements DragDropEvent {

        @Override
        public String eventName() {
            return DRAG_LEAVE;
        }
    }

    /**
     * A drag event's payload as Tauri sends it: paths as plain strings, none for a drag-over.
     * @param paths the files, or {@code null}
     * @param position the pointer's position
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DragPayload(@Nullable List<String> paths, PhysicalPosition position) {

        static List<String> strings(List<Path> paths) {
            return paths.stream().map(Path::toString).toList();
        }
    }

    /** The window is gone. */
    record Destroyed() implements WindowEvent {

        @Override
        public String eventName() {
            return DESTROYED;
        }
    }

    /**
     * The user or the app asked the window to close. A handler may {@link #preventClose()}; the
     * window then stays open until something closes or destroys it.
     */
    final class CloseRequested implements WindowEvent {

        private final AtomicBoolean prevented = new AtomicBoolean();

        /** Keep the window open. */
        public void preventClose() {
            this.prevented.set(true);
        }

        /**
         * Whether a handler kept the window open.
         * @return true once {@link #preventClose()} was called
         */
        public boolean isClosePrevented() {
            return this.prevented.get();
        }

        @Override
        public String eventName() {
            return CLOSE_REQUESTED;
        }

        @Override
        public String toString() {
            return "CloseRequested[prevented=" + isClosePrevented() + "]";
        }
    }
}
