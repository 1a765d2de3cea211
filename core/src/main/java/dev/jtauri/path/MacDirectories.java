package dev.jtauri.path;

import java.nio.file.Path;

/**
 * macOS's folders: {@code ~/Library/Application Support} for config and data (local too),
 * {@code ~/Library/Caches}, {@code ~/Library/Fonts}, the user's folders in the home
 * ({@code Music}, {@code Movies}, ...), app logs in {@code ~/Library/Logs}. No executables,
 * runtime or templates folder.
 */
final class MacDirectories {

    private MacDirectories() {
    }

    static PlatformDirectories of(UserEnvironment environment) {
        Path home = environment.home("HOME");
        Path library = home.resolve("Library");
        Path support = library.resolve("Application Support");
        return PlatformDirectories.builder(environment)
            .put(BaseDirectory.HOME, home)
            .put(BaseDirectory.CONFIG, support)
            .put(BaseDirectory.DATA, support)
            .put(BaseDirectory.LOCAL_DATA, support)
            .put(BaseDirectory.CACHE, library.resolve("Caches"))
            .put(BaseDirectory.FONT, library.resolve("Fonts"))
            .put(BaseDirectory.AUDIO, home.resolve("Music"))
            .put(BaseDirectory.DESKTOP, home.resolve("Desktop"))
            .put(BaseDirectory.DOCUMENT, home.resolve("Documents"))
            .put(BaseDirectory.DOWNLOAD, home.resolve("Downloads"))
            .put(BaseDirectory.PICTURE, home.resolve("Pictures"))
            .put(BaseDirectory.PUBLIC, home.resolve("Public"))
            .put(BaseDirectory.VIDEO, home.resolve("Movies"))
            .build(library.resolve("Logs"));
    }
}
