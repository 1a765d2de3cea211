package dev.jtauri.path;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathResolverTests {

    private final Path home = Path.of("/home/ada");

    private final PathResolver linux = new PathResolver("com.example.notes",
            PlatformDirectories.linux(new UserEnvironment(Map.of("XDG_CONFIG_HOME", "/nonexistent/config"), this.home,
                    Path.of("/tmp"))),
            Path.of("/opt/notes/lib"));

    @Test
    void appFoldersShouldBeThePlatformFoldersAndTheIdentifier() {
        assertThat(this.linux.appConfigDir()).isEqualTo(Path.of("/nonexistent/config/com.example.notes"));
        assertThat(this.linux.appDataDir()).isEqualTo(Path.of("/home/ada/.local/share/com.example.notes"));
        assertThat(this.linux.appLocalDataDir()).isEqualTo(Path.of("/home/ada/.local/share/com.example.notes"));
        assertThat(this.linux.appCacheDir()).isEqualTo(Path.of("/home/ada/.cache/com.example.notes"));
        assertThat(this.linux.appLogDir()).isEqualTo(Path.of("/home/ada/.local/share/com.example.notes/logs"));
    }

    @Test
    void directoryShouldAnswerEveryBaseDirectoryTheMethodsAnswer() {
        assertThat(this.linux.directory(BaseDirectory.APP_DATA)).isEqualTo(this.linux.appDataDir());
        assertThat(this.linux.directory(BaseDirectory.HOME)).isEqualTo(this.linux.homeDir());
        assertThat(this.linux.directory(BaseDirectory.TEMP)).isEqualTo(Path.of("/tmp"));
        assertThat(this.linux.directory(BaseDirectory.RESOURCE)).isEqualTo(Path.of("/opt/notes/lib"));
    }

    @Test
    void resolveShouldPutThePathInTheFolder() {
        assertThat(this.linux.resolve("notes/today.md", BaseDirectory.APP_DATA))
            .isEqualTo(Path.of("/home/ada/.local/share/com.example.notes/notes/today.md"));
    }

    @Test
    void resolveWhenAbsoluteShouldKeepThePathAsTauriDoes() {
        assertThat(this.linux.resolve("/etc/hosts", BaseDirectory.APP_DATA)).isEqualTo(Path.of("/etc/hosts"));
    }

    @Test
    void resolveWhenResourceShouldMapParentsAndRootsAsTheBundlerDoes() {
        assertThat(this.linux.resolve("../assets/./logo.png", BaseDirectory.RESOURCE))
            .isEqualTo(Path.of("/opt/notes/lib/_up_/assets/logo.png"));
        assertThat(this.linux.resolve("/etc/x.conf", BaseDirectory.RESOURCE))
            .isEqualTo(Path.of("/opt/notes/lib/_root_/etc/x.conf"));
    }

    @Test
    void folderWhenThePlatformLacksItShouldThrowUnknownPath() {
        assertThatThrownBy(this.linux::runtimeDir).isInstanceOf(UnknownPathException.class)
            .hasMessage("unknown path: no runtime folder: this system has none");
        assertThatThrownBy(this.linux::desktopDir).isInstanceOf(UnknownPathException.class)
            .hasMessageStartingWith("unknown path: no desktop folder");
    }

    @Test
    void resourceDirWhenNoneSetShouldThrowUnknownPath() {
        PathResolver resolver = new PathResolver("com.example.notes",
                PlatformDirectories.macos(new UserEnvironment(Map.of(), this.home, Path.of("/tmp"))), null);
        assertThatThrownBy(resolver::resourceDir).isInstanceOf(UnknownPathException.class)
            .hasMessage("unknown path: no resource folder: the app has none set");
    }

    @Test
    void constructorWhenIdentifierCouldLeaveTheFolderShouldThrow() {
        PlatformDirectories platform = PlatformDirectories.linux(new UserEnvironment(Map.of(), this.home, Path.of("/tmp")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PathResolver("../x", platform, null))
            .withMessageContaining("identifier '../x' is not valid");
        assertThatIllegalArgumentException().isThrownBy(() -> new PathResolver("", platform, null));
    }

    @Test
    void baseDirectoryValuesShouldBeTaurisNumbers() {
        assertThat(BaseDirectory.AUDIO.value()).isEqualTo(1);
        assertThat(BaseDirectory.APP_DATA.value()).isEqualTo(14);
        assertThat(BaseDirectory.APP_LOG.value()).isEqualTo(17);
        assertThat(BaseDirectory.DESKTOP.value()).isEqualTo(18);
        assertThat(BaseDirectory.TEMPLATE.value()).isEqualTo(23);
        for (BaseDirectory directory : BaseDirectory.values()) {
            assertThat(BaseDirectory.of(directory.value())).isSameAs(directory);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> BaseDirectory.of(24));
        assertThatIllegalArgumentException().isThrownBy(() -> BaseDirectory.of(0));
    }
}
