package dev.jtauri.path;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where things go: the platform's folders and the app's own, Tauri's {@code PathResolver}
 * ({@code app.path()} in Tauri and PyTauri, {@code AppHandle.path()} here). The app's folders are
 * a platform folder and the app's identifier: {@code appDataDir()} is
 * {@code dataDir()/<identifier>}. Nothing is created; a caller that writes creates the folder.
 *
 * <p>Every method throws {@link UnknownPathException} for a folder the platform or the app lacks,
 * such as {@link #runtimeDir()} off Linux or {@link #resourceDir()} when none was set.
 */
public final class PathResolver {

    // Tauri's identifier rule, so that the identifier is one folder name and never climbs out.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");

    private final String identifier;

    private final PlatformDirectories platform;

    private final @Nullable Path resourceDir;

    /**
     * Create a resolver.
     * @param identifier the app's identifier, such as {@code com.example.notes}: alphanumerics,
     * {@code -} and {@code .}, the name of the app's folders
     * @param platform the platform's folders
     * @param resourceDir the app's resources folder, or {@code null} when it has none
     * @throws IllegalArgumentException when the identifier is not valid
     */
    public PathResolver(String identifier, PlatformDirectories platform, @Nullable Path resourceDir) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("identifier '" + identifier + "' is not valid: use alphanumeric "
                    + "characters, '-' and '.', in reverse domain notation such as com.example.notes");
        }
        this.identifier = identifier;
        this.platform = Objects.requireNonNull(platform, "platform");
        this.resourceDir = resourceDir;
    }

    /**
     * A resolver for this platform, from this process's environment, with no resources folder.
     * @param identifier the app's identifier
     * @return the resolver
     */
    public static PathResolver of(String identifier) {
        return new PathResolver(identifier, PlatformDirectories.current(), null);
    }

    /**
     * The identifier the app's folders are named after.
     * @return the identifier
     */
    public String identifier() {
        return this.identifier;
    }

    /**
     * A folder.
     * @param directory the folder
     * @return where it is
     * @throws UnknownPathException when the platform or the app lacks it
     */
    public Path directory(BaseDirectory directory) {
        return switch (directory) {
            case RESOURCE -> resourceDir();
            case APP_CONFIG -> appFolder(directory, BaseDirectory.CONFIG);
            case APP_DATA -> appFolder(directory, BaseDirectory.DATA);
            case APP_LOCAL_DATA -> appFolder(directory, BaseDirectory.LOCAL_DATA);
            case APP_CACHE -> appFolder(directory, BaseDirectory.CACHE);
            case APP_LOG -> required(directory, this.platform.appLog(this.identifier));
            default -> required(directory, this.platform.find(directory));
        };
    }

    /**
     * A path in a folder, as Tauri resolves it: an absolute path stays as it is; in
     * {@link BaseDirectory#RESOURCE}, {@code ..} becomes {@code _up_} and a root {@code _root_},
     * where Tauri's bundler puts such resources.
     * @param path the path, relative to the folder
     * @param directory the folder
     * @return the resolved path
     * @throws UnknownPathException when the platform or the app lacks the folder
     */
    public Path resolve(String path, BaseDirectory directory) {
        Path base = directory(directory);
        return (directory == BaseDirectory.RESOURCE) ? base.resolve(PathSyntax.CURRENT.resourcePath(path))
                : base.resolve(path);
    }

    /** @return the app's config folder: {@link #configDir()} and the identifier */
    public Path appConfigDir() {
        return directory(BaseDirectory.APP_CONFIG);
    }

    /** @return the app's data folder: {@link #dataDir()} and the identifier */
    public Path appDataDir() {
        return directory(BaseDirectory.APP_DATA);
    }

    /** @return the app's local data folder: {@link #localDataDir()} and the identifier */
    public Path appLocalDataDir() {
        return directory(BaseDirectory.APP_LOCAL_DATA);
    }

    /** @return the app's cache folder: {@link #cacheDir()} and the identifier */
    public Path appCacheDir() {
        return directory(BaseDirectory.APP_CACHE);
    }

    /**
     * @return the app's log folder: {@code ~/Library/Logs/<identifier>} on macOS,
     * {@link #localDataDir()}{@code /<identifier>/logs} elsewhere
     */
    public Path appLogDir() {
        return directory(BaseDirectory.APP_LOG);
    }

    /** @return the user's music folder */
    public Path audioDir() {
        return directory(BaseDirectory.AUDIO);
    }

    /** @return the user's cache folder */
    public Path cacheDir() {
        return directory(BaseDirectory.CACHE);
    }

    /** @return the user's config folder */
    public Path configDir() {
        return directory(BaseDirectory.CONFIG);
    }

    /** @return the user's data folder */
    public Path dataDir() {
        return directory(BaseDirectory.DATA);
    }

    /** @return the user's desktop folder */
    public Path desktopDir() {
        return directory(BaseDirectory.DESKTOP);
    }

    /** @return the user's documents folder */
    public Path documentDir() {
        return directory(BaseDirectory.DOCUMENT);
    }

    /** @return the user's downloads folder */
    public Path downloadDir() {
        return directory(BaseDirectory.DOWNLOAD);
    }

    /** @return the user's executables folder (Linux only) */
    public Path executableDir() {
        return directory(BaseDirectory.EXECUTABLE);
    }

    /** @return the user's fonts folder (Linux and macOS) */
    public Path fontDir() {
        return directory(BaseDirectory.FONT);
    }

    /** @return the user's home folder */
    public Path homeDir() {
        return directory(BaseDirectory.HOME);
    }

    /** @return the user's local data folder */
    public Path localDataDir() {
        return directory(BaseDirectory.LOCAL_DATA);
    }

    /** @return the user's pictures folder */
    public Path pictureDir() {
        return directory(BaseDirectory.PICTURE);
    }

    /** @return the user's public folder */
    public Path publicDir() {
        return directory(BaseDirectory.PUBLIC);
    }

    /** @return the app's resources folder, as given to this resolver */
    public Path resourceDir() {
        if (this.resourceDir == null) {
            throw new UnknownPathException(BaseDirectory.RESOURCE, "the app has none set");
        }
        return this.resourceDir;
    }

    /** @return the user's runtime folder ({@code XDG_RUNTIME_DIR}, Linux only) */
    public Path runtimeDir() {
        return directory(BaseDirectory.RUNTIME);
    }

    /** @return the user's templates folder (Linux and Windows) */
    public Path templateDir() {
        return directory(BaseDirectory.TEMPLATE);
    }

    /** @return the user's videos folder */
    public Path videoDir() {
        return directory(BaseDirectory.VIDEO);
    }

    /** @return the temporary folder */
    public Path tempDir() {
        return directory(BaseDirectory.TEMP);
    }

    private Path appFolder(BaseDirectory directory, BaseDirectory parent) {
        return required(directory, this.platform.find(parent).map((folder) -> folder.resolve(this.identifier)));
    }

    private static Path required(BaseDirectory directory, Optional<Path> path) {
        return path.orElseThrow(() -> new UnknownPathException(directory, "this system has none"));
    }

    @Override
    public String toString() {
        return "PathResolver[" + this.identifier + "]";
    }
}
