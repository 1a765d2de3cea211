package dev.jtauri.path;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the platform folders are found from: the environment variables, the user's home and the
 * temporary folder. {@link #current()} for this process; tests give their own.
 *
 * @param variables environment variables, such as {@code XDG_DATA_HOME} or {@code APPDATA}
 * @param home the user's home folder, when no variable names it ({@code HOME} on Linux and
 * macOS, {@code USERPROFILE} on Windows)
 * @param temp the temporary folder
 */
public record UserEnvironment(Map<String, String> variables, Path home, Path temp) {

    public UserEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(temp, "temp");
    }

    /**
     * This process's: {@link System#getenv()}, {@code user.home} and {@code java.io.tmpdir}.
     * @return the environment
     */
    public static UserEnvironment current() {
        return new UserEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * A variable naming an absolute path; relative and empty values count as unset, as the XDG
     * specification asks.
     * @param name the variable
     * @return the path, or {@code null}
     */
    @Nullable Path absolutePath(String name) {
        String value = this.variables.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }

    /**
     * A variable's value as a path, when set and not empty.
     * @param name the variable
     * @return the path, or {@code null}
     */
    @Nullable Path path(String name) {
        String value = this.variables.get(name);
        return (value == null || value.isEmpty()) ? null : Path.of(value);
    }

    /**
     * The user's home: a variable naming it, else {@link #home()}.
     * @param variable {@code HOME} or {@code USERPROFILE}
     * @return the home folder
     */
    Path home(String variable) {
        Path home = path(variable);
        return (home != null) ? home : this.home;
    }
}
