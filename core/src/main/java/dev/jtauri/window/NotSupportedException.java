package dev.jtauri.window;

import java.util.Locale;

import dev.jtauri.InvokeException;

/**
 * A window operation this operating system cannot perform. A page that asked for it gets the
 * message as its rejection: never a silent no-op.
 */
public class NotSupportedException extends InvokeException {

    private static final long serialVersionUID = 1L;

    /** The running OS as Tauri's {@code platform()} names it: linux, macos or windows. */
    public static final String OS = osName();

    /**
     * @param operation what was asked, such as {@code setSkipTaskbar}
     */
    public NotSupportedException(String operation) {
        super(operation + " is not supported on " + OS);
    }

    private static String osName() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("mac")) {
            return "macos";
        }
        return name.startsWith("windows") ? "windows" : "linux";
    }
}
