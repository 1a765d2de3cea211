package dev.jtauri.window;

/**
 * How insistently a window asks for the user's attention, as Tauri's
 * {@code UserAttentionType}.
 */
public enum UserAttentionType {

    /** Until the user focuses the window. */
    CRITICAL,

    /** Briefly. */
    INFORMATIONAL
}
