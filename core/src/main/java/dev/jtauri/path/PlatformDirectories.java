package dev.jtauri.path;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.jtauri.support.OperatingSystem;
import org.jspecify.annotations.Nullable;

/**
 * The platform's folders, found once: Linux's XDG base directories and {@code user-dirs.dirs},
 * macOS's {@code ~/Library} folders, Windows's known folders. The same folders, by the same
 * rules, as Tauri finds them (through Rust's {@code dirs} crate); a folder a platform lacks is
 * absent.
 *
 * <p>{@link #current()} reads this process's environment; {@link #linux}, {@link #macos} and
 * {@link #windows} take an environment of your own, to test a platform's rules anywhere.
 */
public final class PlatformDirectories {

    private final Map<BaseDirectory, Path> folders;

    private final Path appLogParent;

    private final boolean appLogInLogsFolder;

    PlatformDirectories(Map<BaseDirectory, Path> folders, Path appLogParent, boolean appLogInLogsFolder) {
        this.folders = Map.copyOf(folders);
        this.appLogParent = appLogParent;
        this.appLogInLogsFolder = appLogInLogsFolder;
    }

    /**
     * The folders of the platform this process runs on, from its environment.
     * @return the folders
     */
    public static PlatformDirectories current() {
        UserEnvironment environment = UserEnvironment.current();
        return switch (OperatingSystem.current()) {
            case WINDOWS -> windows(environment);
            case MACOS -> macos(environment);
            case LINUX -> linux(environment);
        };
    }

    /**
     * Linux's (and the BSDs') folders: the XDG base directories and {@code user-dirs.dirs}.
     * @param environment the environment
     * @return the folders
     */
    public static PlatformDirectories linux(UserEnvironment environment) {
        return LinuxDirectories.of(environment);
    }

    /**
     * macOS's folders.
     * @param environment the environment
     * @return the folders
     */
    public static PlatformDirectories macos(UserEnvironment environment) {
        return MacDirectories.of(environment);
    }

    /**
     * Windows's known folders, at the places their environment variables and the profile name.
     * @param environment the environment
     * @return the folders
     */
    public static PlatformDirectories windows(UserEnvironment environment) {
        return WindowsDirectories.of(environment);
    }

    /**
     * A platform folder: one of the user's folders, not an app folder or {@code RESOURCE}.
     * @param directory the folder
     * @return where it is, or empty when the platform lacks it
     */
    public Optional<Path> find(BaseDirectory directory) {
        return Optional.ofNullable(this.folders.get(directory));
    }

    /**
     * The app's log folder: {@code ~/Library/Logs/<identifier>} on macOS,
     * {@code <local data>/<identifier>/logs} elsewhere.
     * @param identifier the app's identifier
     * @return the folder, or empty when its parent is unknown
     */
    Optional<Path> appLog(String identifier) {
        if (this.appLogInLogsFolder) {
            return find(BaseDirectory.LOCAL_DATA).map((data) -> data.resolve(identifier).resolve("logs"));
        }
        return Optional.of(this.appLogParent.resolve(identifier));
    }

    static Builder builder(UserEnvironment environment) {
        return new Builder(environment);
    }

    /** Collects a platform's folders, leaving out those it lacks. */
    static final class Builder {

        private final Map<BaseDirectory, Path> folders = new EnumMap<>(BaseDirectory.class);

        private Builder(UserEnvironment environment) {
            this.folders.put(BaseDirectory.TEMP, environment.temp());
        }

        Builder put(BaseDirectory directory, @Nullable Path path) {
            if (path != null) {
                this.folders.put(directory, path);
            }
            return this;
        }

        /** App logs go to {@code <local data>/<identifier>/logs}. */
        PlatformDirectories build() {
            return new PlatformDirectories(this.folders, Path.of(""), true);
        }

        /** App logs go to {@code <logs>/<identifier>}. */
        PlatformDirectories build(Path logs) {
            return new PlatformDirectories(this.folders, logs, false);
        }
    }
}
