package dev.jtauri.path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The XDG user directories file, {@code $XDG_CONFIG_HOME/user-dirs.dirs}, that
 * {@code xdg-user-dirs-update} writes: lines {@code XDG_DESKTOP_DIR="$HOME/Desktop"}, each a path
 * relative to {@code $HOME} or absolute. A folder set to the home itself is disabled, as the
 * specification says, and counts as absent.
 */
final class UserDirsFile {

    private static final Pattern LINE = Pattern.compile("XDG_([A-Z]+)_DIR=\"(.*)\"");

    private static final String HOME = "$HOME";

    private UserDirsFile() {
    }

    /**
     * The folders a file names, by their name in it ({@code DESKTOP}, {@code MUSIC}, ...).
     * @param file the file; none is the same as an empty one
     * @param home the user's home
     * @return the folders
     */
    static Map<String, Path> read(Path file, Path home) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), home);
        }
        catch (NoSuchFileException ex) {
            return Map.of();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + file, ex);
        }
    }

    static Map<String, Path> parse(List<String> lines, Path home) {
        Map<String, Path> folders = new HashMap<>();
        for (String line : lines) {
            Matcher matcher = LINE.matcher(line.strip());
            if (matcher.matches()) {
                Path folder = folder(matcher.group(2).replace("\\\"", "\""), home);
                if (folder != null && !folder.equals(home)) {
                    folders.put(matcher.group(1), folder);
                }
            }
        }
        return folders;
    }

    private static @Nullable Path folder(String value, Path home) {
        if (value.equals(HOME) || value.equals(HOME + "/")) {
            return home;
        }
        if (value.startsWith(HOME + "/")) {
            return home.resolve(value.substring(HOME.length() + 1));
        }
        return value.startsWith("/") ? Path.of(value) : null;
    }
}
