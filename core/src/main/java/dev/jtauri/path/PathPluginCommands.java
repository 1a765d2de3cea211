package dev.jtauri.path;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.plugin.TauriPlugin;
import org.jspecify.annotations.Nullable;

/**
 * The path plugin: the {@code plugin:path|*} commands {@code @tauri-apps/api/path} calls. The
 * folders come from the app's {@link PathResolver}; the string commands answer as Tauri's do, by
 * this platform's path rules. {@code sep()} and {@code delimiter()} are no commands: the page
 * reads them from {@code window.__TAURI_INTERNALS__.plugins.path}.
 */
public final class PathPluginCommands {

    /** The plugin's name: its commands are {@code plugin:path|<command>}. */
    public static final String PLUGIN = "path";

    private static final String RESOLVE_DIRECTORY = "resolve_directory";

    private static final String RESOLVE = "resolve";

    private static final String NORMALIZE = "normalize";

    private static final String JOIN = "join";

    private static final String DIRNAME = "dirname";

    private static final String EXTNAME = "extname";

    private static final String BASENAME = "basename";

    private static final String IS_ABSOLUTE = "is_absolute";

    private final PathSyntax syntax;

    /**
     * The path plugin, built in: Tauri's {@code core:path:default} allows all its commands.
     * @return the plugin
     */
    public static TauriPlugin plugin() {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new PathPluginCommands(PathSyntax.CURRENT))
            .defaults(RESOLVE_DIRECTORY, RESOLVE, NORMALIZE, JOIN, DIRNAME, EXTNAME, BASENAME, IS_ABSOLUTE)
            .build();
    }

    PathPluginCommands(PathSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * {@code appDataDir()} and the like, {@code resolveResource(path)}: a folder, or a path in it.
     * @param app the app, whose {@link AppHandle#path() resolver} finds the folder
     * @param directory the folder, by Tauri's number
     * @param path a path in it, or {@code null} for the folder itself
     * @return the path
     */
    @TauriCommand(RESOLVE_DIRECTORY)
    public String resolveDirectory(AppHandle app, BaseDirectory directory, @Nullable String path) {
        try {
            PathResolver resolver = app.path();
            return ((path != null) ? resolver.resolve(path, directory) : resolver.directory(directory)).toString();
        }
        catch (UnknownPathException ex) {
            throw new InvokeException(ex.getMessage());
        }
        catch (InvalidPathException ex) {
            throw notAPath();
        }
    }

    /**
     * {@code resolve(...paths)}: the paths applied in turn to the current folder, an absolute one
     * starting over, then normalized.
     * @param paths the paths
     * @return the absolute path
     */
    @TauriCommand(RESOLVE)
    public String resolve(List<String> paths) {
        requireStrings(paths);
        Path path = Path.of("").toAbsolutePath();
        try {
            for (String part : paths) {
                path = path.resolve(part);
            }
        }
        catch (InvalidPathException ex) {
            throw notAPath();
        }
        return path.normalize().toString();
    }

    /** Paths a page sent: JSON binds {@code null} into a list as it comes, and a path may not be one. */
    private static void requireStrings(List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i) == null) {
                throw new InvokeException("paths must be strings: paths[" + i + "] is null");
            }
        }
    }

    /**
     * A path that no path of this platform can be: one with a NUL, or a character the file system
     * cannot encode (a lone surrogate, a reserved character on Windows). Tauri's paths hold any
     * bytes; Java's cannot, so the page is told rather than given an internal error.
     */
    private static InvokeException notAPath() {
        return new InvokeException("path is not valid on this platform: it holds a character its paths cannot");
    }

    /**
     * {@code normalize(path)}: {@code .} dropped and {@code ..} applied; a trailing separator kept.
     * @param path the path
     * @return the normalized path
     */
    @TauriCommand(NORMALIZE)
    public String normalize(String path) {
        String normalized = this.syntax.normalizeParts(path);
        if (normalized.isEmpty() && (path.equals("..") || path.equals("."))) {
            return path;
        }
        if (this.syntax.endsWithSeparator(path) && !this.syntax.endsWithSeparator(normalized)) {
            return normalized + this.syntax.separator();
        }
        return normalized;
    }

    /**
     * {@code join(...paths)}: the paths joined with the separator and normalized; {@code .} when
     * nothing is left.
     * @param paths the paths
     * @return the joined path
     */
    @TauriCommand(JOIN)
    public String join(List<String> paths) {
        requireStrings(paths);
        StringBuilder joined = new StringBuilder();
        for (String path : paths) {
            joined.append(path);
            if (!this.syntax.endsWithSeparator(path)) {
                joined.append(this.syntax.separator());
            }
        }
        String normalized = this.syntax.normalizeParts(joined.toString());
        return normalized.isEmpty() ? "." : normalized;
    }

    /**
     * {@code dirname(path)}: the path without its last part.
     * @param path the path
     * @return its parent, empty for a single relative part
     * @throws InvokeException for a root or an empty path
     */
    @TauriCommand(DIRNAME)
    public String dirname(String path) {
        String parent = this.syntax.parent(path);
        if (parent == null) {
            throw new InvokeException("path does not have a parent");
        }
        return parent;
    }

    /**
     * {@code extname(path)}: the file name's extension, without the dot.
     * @param path the path
     * @return the extension
     * @throws InvokeException when the name has none
     */
    @TauriCommand(EXTNAME)
    public String extname(String path) {
        String extension = this.syntax.extension(path);
        if (extension == null) {
            throw new InvokeException("path does not have an extension");
        }
        return extension;
    }

    /**
     * {@code basename(path, ext)}: the last part, without {@code ext} when it ends with it.
     * @param path the path
     * @param ext a suffix to strip, such as {@code .json}, or {@code null}
     * @return the name
     * @throws InvokeException when the path ends in a root or {@code ..}
     */
    @TauriCommand(BASENAME)
    public String basename(String path, @Nullable String ext) {
        String name = this.syntax.fileName(path);
        if (name == null) {
            throw new InvokeException("path does not have a basename");
        }
        return (ext != null && name.endsWith(ext)) ? name.substring(0, name.length() - ext.length()) : name;
    }

    /**
     * {@code isAbsolute(path)}.
     * @param path the path
     * @return whether it is absolute
     */
    @TauriCommand(IS_ABSOLUTE)
    public boolean isAbsolute(String path) {
        return this.syntax.isAbsolute(path);
    }
}
