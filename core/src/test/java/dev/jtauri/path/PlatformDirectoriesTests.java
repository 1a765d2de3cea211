package dev.jtauri.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDirectoriesTests {

    @TempDir
    Path home;

    private final Path temp = Path.of("/tmp");

    @Test
    void linuxWhenNoXdgVariablesShouldUseTheSpecificationsDefaults() {
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of()));
        assertThat(linux.find(BaseDirectory.HOME)).contains(this.home);
        assertThat(linux.find(BaseDirectory.CONFIG)).contains(this.home.resolve(".config"));
        assertThat(linux.find(BaseDirectory.DATA)).contains(this.home.resolve(".local/share"));
        assertThat(linux.find(BaseDirectory.LOCAL_DATA)).contains(this.home.resolve(".local/share"));
        assertThat(linux.find(BaseDirectory.CACHE)).contains(this.home.resolve(".cache"));
        assertThat(linux.find(BaseDirectory.EXECUTABLE)).contains(this.home.resolve(".local/bin"));
        assertThat(linux.find(BaseDirectory.FONT)).contains(this.home.resolve(".local/share/fonts"));
        assertThat(linux.find(BaseDirectory.TEMP)).contains(this.temp);
        assertThat(linux.find(BaseDirectory.RUNTIME)).isEmpty();
    }

    @Test
    void linuxWhenXdgVariablesAreSetShouldUseThem() {
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of("XDG_CONFIG_HOME", "/cfg",
                "XDG_DATA_HOME", "/data", "XDG_CACHE_HOME", "/cache", "XDG_BIN_HOME", "/bin",
                "XDG_RUNTIME_DIR", "/run/user/1000")));
        assertThat(linux.find(BaseDirectory.CONFIG)).contains(Path.of("/cfg"));
        assertThat(linux.find(BaseDirectory.DATA)).contains(Path.of("/data"));
        assertThat(linux.find(BaseDirectory.LOCAL_DATA)).contains(Path.of("/data"));
        assertThat(linux.find(BaseDirectory.FONT)).contains(Path.of("/data/fonts"));
        assertThat(linux.find(BaseDirectory.CACHE)).contains(Path.of("/cache"));
        assertThat(linux.find(BaseDirectory.EXECUTABLE)).contains(Path.of("/bin"));
        assertThat(linux.find(BaseDirectory.RUNTIME)).contains(Path.of("/run/user/1000"));
    }

    @Test
    void linuxWhenXdgVariablesAreRelativeOrEmptyShouldIgnoreThem() {
        PlatformDirectories linux = PlatformDirectories.linux(
                environment(Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_DATA_HOME", "", "XDG_RUNTIME_DIR", "run")));
        assertThat(linux.find(BaseDirectory.CONFIG)).contains(this.home.resolve(".config"));
        assertThat(linux.find(BaseDirectory.DATA)).contains(this.home.resolve(".local/share"));
        assertThat(linux.find(BaseDirectory.RUNTIME)).isEmpty();
    }

    @Test
    void linuxWhenHomeVariableIsSetShouldPreferItToTheGivenHome() {
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of("HOME", "/home/ada")));
        assertThat(linux.find(BaseDirectory.HOME)).contains(Path.of("/home/ada"));
        assertThat(linux.find(BaseDirectory.CACHE)).contains(Path.of("/home/ada/.cache"));
    }

    @Test
    void linuxUserFoldersWhenUserDirsFileNamesThemShouldComeFromIt() throws IOException {
        Path config = Files.createDirectories(this.home.resolve(".config"));
        Files.writeString(config.resolve("user-dirs.dirs"), """
                # This file is written by xdg-user-dirs-update
                XDG_DESKTOP_DIR="$HOME/Desktop"
                XDG_DOWNLOAD_DIR="$HOME/Downloads"
                XDG_TEMPLATES_DIR="$HOME/Templates"
                XDG_PUBLICSHARE_DIR="/srv/public"
                XDG_DOCUMENTS_DIR="$HOME/Documents"
                XDG_MUSIC_DIR="$HOME/Music"
                XDG_PICTURES_DIR="$HOME/Pictures"
                XDG_VIDEOS_DIR="$HOME/Videos"
                """);
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of()));
        assertThat(linux.find(BaseDirectory.DESKTOP)).contains(this.home.resolve("Desktop"));
        assertThat(linux.find(BaseDirectory.DOWNLOAD)).contains(this.home.resolve("Downloads"));
        assertThat(linux.find(BaseDirectory.TEMPLATE)).contains(this.home.resolve("Templates"));
        assertThat(linux.find(BaseDirectory.PUBLIC)).contains(Path.of("/srv/public"));
        assertThat(linux.find(BaseDirectory.DOCUMENT)).contains(this.home.resolve("Documents"));
        assertThat(linux.find(BaseDirectory.AUDIO)).contains(this.home.resolve("Music"));
        assertThat(linux.find(BaseDirectory.PICTURE)).contains(this.home.resolve("Pictures"));
        assertThat(linux.find(BaseDirectory.VIDEO)).contains(this.home.resolve("Videos"));
    }

    @Test
    void linuxUserFoldersWhenUserDirsFileIsInXdgConfigHomeShouldBeReadFromThere() throws IOException {
        Path config = Files.createDirectories(this.home.resolve("elsewhere"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DESKTOP_DIR=\"$HOME/Bureau\"\n");
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of("XDG_CONFIG_HOME", config.toString())));
        assertThat(linux.find(BaseDirectory.DESKTOP)).contains(this.home.resolve("Bureau"));
    }

    @Test
    void linuxUserFoldersWhenNoUserDirsFileShouldBeAbsent() {
        PlatformDirectories linux = PlatformDirectories.linux(environment(Map.of()));
        assertThat(linux.find(BaseDirectory.DESKTOP)).isEmpty();
        assertThat(linux.find(BaseDirectory.DOCUMENT)).isEmpty();
        assertThat(linux.find(BaseDirectory.TEMPLATE)).isEmpty();
    }

    @Test
    void macosShouldUseTheLibraryAndTheHomesFolders() {
        PlatformDirectories mac = PlatformDirectories.macos(environment(Map.of()));
        Path support = this.home.resolve("Library/Application Support");
        assertThat(mac.find(BaseDirectory.CONFIG)).contains(support);
        assertThat(mac.find(BaseDirectory.DATA)).contains(support);
        assertThat(mac.find(BaseDirectory.LOCAL_DATA)).contains(support);
        assertThat(mac.find(BaseDirectory.CACHE)).contains(this.home.resolve("Library/Caches"));
        assertThat(mac.find(BaseDirectory.FONT)).contains(this.home.resolve("Library/Fonts"));
        assertThat(mac.find(BaseDirectory.AUDIO)).contains(this.home.resolve("Music"));
        assertThat(mac.find(BaseDirectory.VIDEO)).contains(this.home.resolve("Movies"));
        assertThat(mac.find(BaseDirectory.PUBLIC)).contains(this.home.resolve("Public"));
        assertThat(mac.find(BaseDirectory.EXECUTABLE)).isEmpty();
        assertThat(mac.find(BaseDirectory.RUNTIME)).isEmpty();
        assertThat(mac.find(BaseDirectory.TEMPLATE)).isEmpty();
        assertThat(mac.appLog("com.example.notes")).contains(this.home.resolve("Library/Logs/com.example.notes"));
    }

    @Test
    void windowsShouldUseTheKnownFoldersVariables() {
        Path profile = Path.of("C:\\Users\\ada");
        Path roaming = Path.of("C:\\Users\\ada\\AppData\\Roaming");
        Path local = Path.of("C:\\Users\\ada\\AppData\\Local");
        PlatformDirectories windows = PlatformDirectories.windows(environment(Map.of("USERPROFILE", profile.toString(),
                "APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString(), "PUBLIC", "C:\\Users\\Public")));
        assertThat(windows.find(BaseDirectory.HOME)).contains(profile);
        assertThat(windows.find(BaseDirectory.CONFIG)).contains(roaming);
        assertThat(windows.find(BaseDirectory.DATA)).contains(roaming);
        assertThat(windows.find(BaseDirectory.LOCAL_DATA)).contains(local);
        assertThat(windows.find(BaseDirectory.CACHE)).contains(local);
        assertThat(windows.find(BaseDirectory.DOCUMENT)).contains(profile.resolve("Documents"));
        assertThat(windows.find(BaseDirectory.VIDEO)).contains(profile.resolve("Videos"));
        assertThat(windows.find(BaseDirectory.PUBLIC)).contains(Path.of("C:\\Users\\Public"));
        assertThat(windows.find(BaseDirectory.TEMPLATE))
            .contains(roaming.resolve("Microsoft").resolve("Windows").resolve("Templates"));
        assertThat(windows.find(BaseDirectory.EXECUTABLE)).isEmpty();
        assertThat(windows.find(BaseDirectory.FONT)).isEmpty();
        assertThat(windows.find(BaseDirectory.RUNTIME)).isEmpty();
        assertThat(windows.appLog("com.example.notes")).contains(local.resolve("com.example.notes").resolve("logs"));
    }

    private UserEnvironment environment(Map<String, String> variables) {
        return new UserEnvironment(variables, this.home, this.temp);
    }
}
