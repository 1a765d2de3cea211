package dev.jtauri.event;

import java.util.function.Predicate;

import dev.jtauri.EventTarget;
import org.jspecify.annotations.Nullable;

/**
 * Which listeners an emit reaches, exactly as Tauri decides it: a listener of
 * {@link EventTarget#any()} hears everything; otherwise the emit's filter judges the listener's
 * target.
 */
final class TargetFilters {

    private TargetFilters() {
    }

    /**
     * The filter of {@code emitTo(target, ...)}.
     * @param target the emit's target
     * @return the filter, or {@code null} for "every listener" ({@link EventTarget#any()})
     */
    static @Nullable Predicate<EventTarget> emitTo(EventTarget target) {
        if (target instanceof EventTarget.Any) {
            return null;
        }
        return (candidate) -> reaches(target, candidate);
    }

    /**
     * Whether a listener listening as {@code listenerTarget} hears an emit with this filter.
     */
    static boolean hears(EventTarget listenerTarget, @Nullable Predicate<EventTarget> filter) {
        return listenerTarget instanceof EventTarget.Any || filter == null || filter.test(listenerTarget);
    }

    private static boolean reaches(EventTarget target, EventTarget candidate) {
        if (target instanceof EventTarget.AnyLabel anyLabel) {
            return candidate instanceof EventTarget.Labelled labelled && labelled.label().equals(anyLabel.label());
        }
        if (target instanceof EventTarget.Labelled labelled && candidate instanceof EventTarget.AnyLabel anyLabel) {
            return anyLabel.label().equals(labelled.label());
        }
        return target.equals(candidate);
    }
}
