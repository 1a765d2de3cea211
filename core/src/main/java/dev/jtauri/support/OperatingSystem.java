package dev.jtauri.support;

import java.util.Locale;

/**
 * The desktop system this JVM runs on, as Tauri tells them apart: Linux (and the BSDs, which
 * share its folders and windowing), macOS and Windows.
 */
public enum OperatingSystem {

    /** Linux, and any system that is neither macOS nor Windows. */
    LINUX("linux"),

    /** macOS. */
    MACOS("macos"),

    /** Windows. */
    WINDOWS("windows");

    private static final OperatingSystem CURRENT = of(System.getProperty("os.name", ""));

    private final String tauriName;

    OperatingSystem(String tauriName) {
        this.tauriName = tauriName;
    }

    /**
     * The system this JVM runs on.
     * @return the system
     */
    public static OperatingSystem current() {
        return CURRENT;
    }

    /**
     * The system an {@code os.name} names.
     * @param osName the value of the {@code os.name} property
     * @return the system
     */
    public static OperatingSystem of(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return name.startsWith("mac") ? MACOS : LINUX;
    }

    /**
     * The name Tauri's {@code platform()} gives it.
     * @return {@code linux}, {@code macos} or {@code windows}
     */
    public String tauriName() {
        return this.tauriName;
    }
}
