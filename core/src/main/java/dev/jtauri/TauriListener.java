package dev.jtauri;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a listener of a Tauri event: the annotation form of
 * {@link Listener#listen}, in the style of Spring's {@code @EventListener}.
 *
 * <pre>{@code
 * @TauriListener("file-dropped")
 * void onFileDropped(DroppedFile file) { ... }      // payload decoded from JSON
 *
 * @TauriListener("ping")
 * void onPing(Event event) { ... }                  // the whole event
 * }</pre>
 *
 * <p>The method takes no parameter, an {@link Event}, or one parameter of any type, which
 * receives the payload decoded from JSON. It runs as {@link Listener} handlers do: on an event
 * thread, one event at a time, in emit order. Tauri events and Spring application events are
 * separate systems: this annotation listens to the former only.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TauriListener {

    /**
     * The event's name.
     * @return the name
     */
    String value();

    /**
     * Whether to hear the event whatever its target ({@link Listener#listenAny}) rather than
     * only as the app ({@link Listener#listen}).
     * @return true to listen to any target
     */
    boolean any() default false;
}
