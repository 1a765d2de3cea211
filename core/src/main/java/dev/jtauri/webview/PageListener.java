package dev.jtauri.webview;

import dev.jtauri.EventTarget;

/**
 * An event listener a page registered with {@code plugin:event|listen}.
 *
 * @param eventId the id the runtime gave it, which the page's handler receives as
 * {@code event.id}
 * @param handlerId the page's callback id from {@code transformCallback}
 * @param target what the listener listens as
 */
public record PageListener(long eventId, long handlerId, EventTarget target) {
}
