package dev.jtauri.path;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Path strings as Rust's {@code std::path} reads them, for the path plugin's string commands to
 * answer as Tauri's do: {@code /} separates on Unix, {@code /} and {@code \} on Windows, where a
 * path may start with a drive ({@code C:}); empty parts and inner {@code .} parts are dropped,
 * {@code ..} is kept as a part.
 */
final class PathSyntax {

    /** This platform's rules. */
    static final PathSyntax CURRENT = (File.separatorChar == '\\') ? windows() : unix();

    private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]:)");

    private static final String CURRENT_DIR = ".";

    private static final String PARENT_DIR = "..";

    private final char separator;

    private final boolean windows;

    private PathSyntax(char separator, boolean windows) {
        this.separator = separator;
        this.windows = windows;
    }

    static PathSyntax unix() {
        return new PathSyntax('/', false);
    }

    static PathSyntax windows() {
        return new PathSyntax('\\', true);
    }

    char separator() {
        return this.separator;
    }

    boolean isSeparator(char c) {
        return c == '/' || (this.windows && c == '\\');
    }

    boolean endsWithSeparator(String path) {
        return !path.isEmpty() && isSeparator(path.charAt(path.length() - 1));
    }

    /**
     * A path's parts: its prefix (a drive, Windows only), whether it has a root, and its parts.
     * A leading {@code .} is kept, as Rust keeps it; inner ones are dropped.
     */
    Parsed parse(String path) {
        String prefix = "";
        int start = 0;
        if (this.windows) {
            Matcher drive = DRIVE.matcher(path);
            if (drive.find()) {
                prefix = drive.group(1);
                start = prefix.length();
            }
        }
        boolean root = start < path.length() && isSeparator(path.charAt(start));
        List<String> parts = new ArrayList<>();
        int i = start;
        while (i < path.length()) {
            int end = i;
            while (end < path.length() && !isSeparator(path.charAt(end))) {
                end++;
            }
            String part = path.substring(i, end);
            boolean leading = i == start && !root && prefix.isEmpty();
            if (!part.isEmpty() && (!part.equals(CURRENT_DIR) || leading)) {
                parts.add(part);
            }
            i = end + 1;
        }
        return new Parsed(prefix, root, parts);
    }

    /** Whether a path is absolute: rooted on Unix; a drive and a root, or {@code \\}, on Windows. */
    boolean isAbsolute(String path) {
        if (!this.windows) {
            return path.startsWith("/");
        }
        Parsed parsed = parse(path);
        return (!parsed.prefix().isEmpty() && parsed.root()) || path.startsWith("\\\\") || path.startsWith("//");
    }

    /**
     * Drop {@code .} parts and apply {@code ..} to the part before (none before: dropped), never
     * making a relative path absolute. Rust's cargo-derived {@code normalize_path} as Tauri's
     * path plugin uses it.
     */
    String normalizeParts(String path) {
        Parsed parsed = parse(path);
        List<String> kept = new ArrayList<>();
        for (String part : parsed.parts()) {
            if (part.equals(PARENT_DIR)) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
            }
            else if (!part.equals(CURRENT_DIR)) {
                kept.add(part);
            }
        }
        StringBuilder result = new StringBuilder(parsed.prefix());
        if (parsed.root()) {
            result.append(this.separator);
        }
        for (String part : kept) {
            if (result.length() > 0 && !endsWithSeparator(result.toString())) {
                result.append(this.separator);
            }
            result.append(part);
        }
        return result.toString();
    }

    /** The last part when it is a name (not {@code ..}, not a root), as Rust's {@code file_name}. */
    @Nullable String fileName(String path) {
        List<String> parts = parse(path).parts();
        if (parts.isEmpty()) {
            return null;
        }
        String last = parts.get(parts.size() - 1);
        return (last.equals(PARENT_DIR) || last.equals(CURRENT_DIR)) ? null : last;
    }

    /** What is after the last dot of the file name, unless the name starts with its only dot. */
    @Nullable String extension(String path) {
        String name = fileName(path);
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0) ? name.substring(dot + 1) : null;
    }

    /** The path without its last part, as Rust's {@code parent}: none for a root or an empty path. */
    @Nullable String parent(String path) {
        Parsed parsed = parse(path);
        if (parsed.parts().isEmpty()) {
            return null;
        }
        StringBuilder result = new StringBuilder(parsed.prefix());
        if (parsed.root()) {
            result.append(this.separator);
        }
        List<String> rest = parsed.parts().subList(0, parsed.parts().size() - 1);
        for (int i = 0; i < rest.size(); i++) {
            if (i > 0) {
                result.append(this.separator);
            }
            result.append(rest.get(i));
        }
        return result.toString();
    }

    /**
     * A resource's path as Tauri's bundler lays resources out: {@code ..} is {@code _up_}, a root
     * {@code _root_}, a drive dropped, {@code .} dropped.
     */
    String resourcePath(String path) {
        Parsed parsed = parse(path);
        List<String> parts = new ArrayList<>();
        if (parsed.root()) {
            parts.add("_root_");
        }
        for (String part : parsed.parts()) {
            if (part.equals(PARENT_DIR)) {
                parts.add("_up_");
            }
            else if (!part.equals(CURRENT_DIR)) {
                parts.add(part);
            }
        }
        return String.join(String.valueOf(this.separator), parts);
    }

    /** A parsed path. */
    record Parsed(String prefix, boolean root, List<String> parts) {
    }
}
