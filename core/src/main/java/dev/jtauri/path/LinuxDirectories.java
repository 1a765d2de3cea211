package dev.jtauri.path;

import java.nio.file.Path;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Linux's folders, by the XDG Base Directory specification: {@code XDG_CONFIG_HOME} else
 * {@code ~/.config}, {@code XDG_DATA_HOME} else {@code ~/.local/share} (also the local data
 * folder), {@code XDG_CACHE_HOME} else {@code ~/.cache}, {@code XDG_BIN_HOME} else
 * {@code ~/.local/bin}, {@code XDG_RUNTIME_DIR} or none, fonts in {@code <data>/fonts}; the
 * user's folders only where {@code user-dirs.dirs} names them.
 */
final class LinuxDirectories {

    private LinuxDirectories() {
    }

    static PlatformDirectories of(UserEnvironment environment) {
        Path home = environment.home("HOME");
        Path config = orElse(environment.absolutePath("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = orElse(environment.absolutePath("XDG_DATA_HOME"), home.resolve(".local/share"));
        Map<String, Path> user = UserDirsFile.read(config.resolve("user-dirs.dirs"), home);
        return PlatformDirectories.builder(environment)
            .put(BaseDirectory.HOME, home)
            .put(BaseDirectory.CONFIG, config)
            .put(BaseDirectory.DATA, data)
            .put(BaseDirectory.LOCAL_DATA, data)
            .put(BaseDirectory.CACHE, orElse(environment.absolutePath("XDG_CACHE_HOME"), home.resolve(".cache")))
            .put(BaseDirectory.EXECUTABLE, orElse(environment.absolutePath("XDG_BIN_HOME"), home.resolve(".local/bin")))
            .put(BaseDirectory.RUNTIME, environment.absolutePath("XDG_RUNTIME_DIR"))
            .put(BaseDirectory.FONT, data.resolve("fonts"))
            .put(BaseDirectory.AUDIO, user.get("MUSIC"))
            .put(BaseDirectory.DESKTOP, user.get("DESKTOP"))
            .put(BaseDirectory.DOCUMENT, user.get("DOCUMENTS"))
            .put(BaseDirectory.DOWNLOAD, user.get("DOWNLOAD"))
            .put(BaseDirectory.PICTURE, user.get("PICTURES"))
            .put(BaseDirectory.PUBLIC, user.get("PUBLICSHARE"))
            .put(BaseDirectory.TEMPLATE, user.get("TEMPLATES"))
            .put(BaseDirectory.VIDEO, user.get("VIDEOS"))
            .build();
    }

    private static Path orElse(@Nullable Path path, Path fallback) {
        return (path != null) ? path : fallback;
    }
}
