package dev.jtauri.path;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Windows's known folders, from the variables Windows sets for them: {@code APPDATA} (roaming:
 * config and data), {@code LOCALAPPDATA} (local data and cache), {@code USERPROFILE} (home, and
 * the user's folders in it: {@code Music}, {@code Documents}, ...), {@code PUBLIC}, templates in
 * {@code %APPDATA%\Microsoft\Windows\Templates}. No executables, fonts or runtime folder.
 *
 * <p>A user folder moved elsewhere (to OneDrive, another drive) is not followed: that needs the
 * Shell's {@code SHGetKnownFolderPath}, a native call.
 */
final class WindowsDirectories {

    private WindowsDirectories() {
    }

    static PlatformDirectories of(UserEnvironment environment) {
        Path home = environment.home("USERPROFILE");
        Path roaming = orElse(environment.path("APPDATA"), home.resolve("AppData").resolve("Roaming"));
        Path local = orElse(environment.path("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
        return PlatformDirectories.builder(environment)
            .put(BaseDirectory.HOME, home)
            .put(BaseDirectory.CONFIG, roaming)
            .put(BaseDirectory.DATA, roaming)
            .put(BaseDirectory.LOCAL_DATA, local)
            .put(BaseDirectory.CACHE, local)
            .put(BaseDirectory.AUDIO, home.resolve("Music"))
            .put(BaseDirectory.DESKTOP, home.resolve("Desktop"))
            .put(BaseDirectory.DOCUMENT, home.resolve("Documents"))
            .put(BaseDirectory.DOWNLOAD, home.resolve("Downloads"))
            .put(BaseDirectory.PICTURE, home.resolve("Pictures"))
            .put(BaseDirectory.VIDEO, home.resolve("Videos"))
            .put(BaseDirectory.PUBLIC, environment.path("PUBLIC"))
            .put(BaseDirectory.TEMPLATE, roaming.resolve("Microsoft").resolve("Windows").resolve("Templates"))
            .build();
    }

    private static Path orElse(@Nullable Path path, Path fallback) {
        return (path != null) ? path : fallback;
    }
}
