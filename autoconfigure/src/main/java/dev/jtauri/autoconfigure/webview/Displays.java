package dev.jtauri.autoconfigure.webview;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * Whether windows can be shown: on Linux and other X11 or Wayland systems, a display must be
 * named in the environment; macOS and Windows always have one when a user runs the app.
 */
public final class Displays {

    /** Why there are no windows when there is no display, for conditions and logs. */
    public static final String NO_DISPLAY = "no display: DISPLAY and WAYLAND_DISPLAY are not set";

    private Displays() {
    }

    /**
     * Whether a display is available.
     * @param osName the {@code os.name} property
     * @param environment the process environment
     * @return true when windows can be shown
     */
    public static boolean available(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(environment.get("DISPLAY")) || notBlank(environment.get("WAYLAND_DISPLAY"));
    }

    /**
     * Whether this process has a display, reading {@code DISPLAY} and {@code WAYLAND_DISPLAY}
     * through Spring's environment (the process environment, unless a property overrides it).
     * @param environment the environment
     * @return true when windows can be shown
     */
    public static boolean available(Environment environment) {
        Map<String, String> variables = new HashMap<>();
        for (String name : new String[] { "DISPLAY", "WAYLAND_DISPLAY" }) {
            String value = environment.getProperty(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        return available(System.getProperty("os.name", ""), variables);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
