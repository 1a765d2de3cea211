package dev.jtauri.window;

import dev.jtauri.InvokeException;
import dev.jtauri.support.OperatingSystem;

/**
 * A window operation this operating system cannot perform. A page that asked for it gets the
 * message as its rejection: never a silent no-op.
 */
public class NotSupportedException extends InvokeException {

    private static final long serialVersionUID = 1L;

    /** The running OS as Tauri's {@code platform()} names it: linux, macos or windows. */
    public static final String OS = OperatingSystem.current().tauriName();

    /**
     * @param operation what was asked, such as {@code setSkipTaskbar}
     */
    public NotSupportedException(String operation) {
        super(operation + " is not supported on " + OS);
    }

}
