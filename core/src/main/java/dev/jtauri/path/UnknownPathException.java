package dev.jtauri.path;

/**
 * A folder this system or this app does not have, such as the runtime folder on Windows or, on
 * Linux, a desktop folder that {@code user-dirs.dirs} does not name. The page sees Tauri's
 * "unknown path" with the folder named.
 */
public class UnknownPathException extends IllegalStateException {

    private final BaseDirectory directory;

    /**
     * Create the exception.
     * @param directory the folder that is not there
     * @param reason why, completing "unknown path: no &lt;folder&gt; folder: "
     */
    public UnknownPathException(BaseDirectory directory, String reason) {
        super("unknown path: no " + directory.label() + " folder: " + reason);
        this.directory = directory;
    }

    /**
     * The folder that is not there.
     * @return the folder
     */
    public BaseDirectory getDirectory() {
        return this.directory;
    }
}
