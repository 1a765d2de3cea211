/**
 * The event system: Java and page listeners, target matching as Tauri does it, ordered
 * delivery, and the {@code plugin:event|*} commands that {@code @tauri-apps/api/event} calls.
 */
@NullMarked
package dev.jtauri.event;

import org.jspecify.annotations.NullMarked;
