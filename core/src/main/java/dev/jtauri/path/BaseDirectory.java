package dev.jtauri.path;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A folder a path may be resolved against, as Tauri's {@code BaseDirectory}. On the wire it is
 * its number, the value {@code @tauri-apps/api/path} sends ({@code BaseDirectory.AppData} is 14).
 */
public enum BaseDirectory {

    /** The user's music folder. */
    AUDIO(1),
    /** The user's cache folder. */
    CACHE(2),
    /** The user's config folder. */
    CONFIG(3),
    /** The user's data folder. */
    DATA(4),
    /** The user's local (not roaming) data folder. */
    LOCAL_DATA(5),
    /** The user's documents folder. */
    DOCUMENT(6),
    /** The user's downloads folder. */
    DOWNLOAD(7),
    /** The user's pictures folder. */
    PICTURE(8),
    /** The user's public (shared) folder. */
    PUBLIC(9),
    /** The user's videos folder. */
    VIDEO(10),
    /** The app's resources. */
    RESOURCE(11),
    /** The temporary folder. */
    TEMP(12),
    /** The app's config folder: the config folder and the app's identifier. */
    APP_CONFIG(13),
    /** The app's data folder: the data folder and the app's identifier. */
    APP_DATA(14),
    /** The app's local data folder: the local data folder and the app's identifier. */
    APP_LOCAL_DATA(15),
    /** The app's cache folder: the cache folder and the app's identifier. */
    APP_CACHE(16),
    /** The app's log folder. */
    APP_LOG(17),
    /** The user's desktop folder. */
    DESKTOP(18),
    /** The user's executables folder. */
    EXECUTABLE(19),
    /** The user's fonts folder. */
    FONT(20),
    /** The user's home folder. */
    HOME(21),
    /** The user's runtime folder. */
    RUNTIME(22),
    /** The user's templates folder. */
    TEMPLATE(23);

    private static final BaseDirectory[] BY_VALUE = new BaseDirectory[values().length + 1];

    static {
        for (BaseDirectory directory : values()) {
            BY_VALUE[directory.value] = directory;
        }
    }

    private final int value;

    BaseDirectory(int value) {
        this.value = value;
    }

    /**
     * Its number, as {@code @tauri-apps/api/path} has it.
     * @return the number
     */
    @JsonValue
    public int value() {
        return this.value;
    }

    /**
     * The folder with a number.
     * @param value the number, from 1 to 23
     * @return the folder
     * @throws IllegalArgumentException when no folder has that number
     */
    @JsonCreator
    public static BaseDirectory of(int value) {
        if (value < 1 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("no BaseDirectory has the value " + value + "; expected 1 to "
                    + (BY_VALUE.length - 1));
        }
        return BY_VALUE[value];
    }

    /** Its name in messages, such as "app data". */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
