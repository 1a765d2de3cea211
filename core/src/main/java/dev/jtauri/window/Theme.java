package dev.jtauri.window;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A window's or the app's colour theme, as Tauri's {@code Theme}: {@code "light"} or
 * {@code "dark"} on the wire.
 */
public enum Theme {

    /** Light. */
    LIGHT("light"),

    /** Dark. */
    DARK("dark");

    private final String wireName;

    Theme(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The theme's name as the page sends and receives it.
     * @return {@code light} or {@code dark}
     */
    @JsonValue
    public String wireName() {
        return this.wireName;
    }
}
