package dev.jtauri.path;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.jtauri.RuntimeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @tauri-apps/api/path} through the invoke pipeline: the calls, with the arguments, that
 * path.js makes.
 */
class PathPluginTests {

    private final PathResolver resolver = new PathResolver("com.example.notes",
            PlatformDirectories.linux(new UserEnvironment(Map.of("XDG_CONFIG_HOME", "/nonexistent/config"),
                    Path.of("/home/ada"), Path.of("/tmp"))),
            Path.of("/opt/notes/lib"));

    private final RuntimeFixture fixture = RuntimeFixture
        .start((builder) -> builder.pathResolver(this.resolver).plugins(List.of(PathPluginCommands.plugin())));

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void appDataDirShouldBeTheDataFolderAndTheIdentifier() {
        assertThat(resolveDirectory(Map.of("directory", 14))).isEqualTo("/home/ada/.local/share/com.example.notes");
    }

    @Test
    void resolveDirectoryWithPathShouldResolveInTheFolder() {
        assertThat(resolveDirectory(Map.of("directory", 13, "path", "settings.json")))
            .isEqualTo("/nonexistent/config/com.example.notes/settings.json");
    }

    @Test
    void resolveResourceShouldMapParentsAsTheBundlerDoes() {
        assertThat(resolveDirectory(Map.of("directory", 11, "path", "../icons/app.png")))
            .isEqualTo("/opt/notes/lib/_up_/icons/app.png");
    }

    @Test
    void appLogDirShouldBeInTheAppsLocalDataFolder() {
        assertThat(resolveDirectory(Map.of("directory", 17)))
            .isEqualTo("/home/ada/.local/share/com.example.notes/logs");
    }

    @Test
    void folderTheSystemLacksShouldRejectWithUnknownPath() {
        assertThat(this.fixture.client.invoke("plugin:path|resolve_directory", Map.of("directory", 22)).error().message())
            .isEqualTo("unknown path: no runtime folder: this system has none");
    }

    @Test
    void directoryWithNoSuchNumberShouldRejectNamingTheArgument() {
        assertThat(this.fixture.client.invoke("plugin:path|resolve_directory", Map.of("directory", 99)).error().message())
            .isEqualTo("command 'plugin:path|resolve_directory': invalid argument 'directory': BaseDirectory rejected the value");
    }

    @Test
    void pathThatNoPathOfThePlatformCanBeShouldRejectSayingSo() {
        String rejection = "path is not valid on this platform: it holds a character its paths cannot";
        for (String path : List.of("a\u0000b", "x\ud800")) {
            assertThat(this.fixture.client.invoke("plugin:path|resolve_directory", Map.of("directory", 13, "path", path))
                .error().message()).isEqualTo(rejection);
            assertThat(this.fixture.client.invoke("plugin:path|resolve", Map.of("paths", List.of("/tmp", path)))
                .error().message()).isEqualTo(rejection);
        }
    }

    @Test
    void pathsWithANullAmongThemShouldRejectNamingIt() {
        List<String> paths = Arrays.asList("/tmp", null);
        assertThat(this.fixture.client.invoke("plugin:path|join", Map.of("paths", paths)).error().message())
            .isEqualTo("paths must be strings: paths[1] is null");
        assertThat(this.fixture.client.invoke("plugin:path|resolve", Map.of("paths", paths)).error().message())
            .isEqualTo("paths must be strings: paths[1] is null");
    }

    @Test
    void stringCommandsShouldAnswerAsTaurisDo() {
        assertThat(invoke("join", Map.of("paths", List.of("/data", "users", "tauri", "avatar.png"))))
            .isEqualTo("/data/users/tauri/avatar.png");
        assertThat(invoke("normalize", Map.of("path", "/data/app/../users/"))).isEqualTo("/data/users/");
        assertThat(invoke("dirname", Map.of("path", "/path/to/somedir/"))).isEqualTo("/path/to");
        assertThat(invoke("extname", Map.of("path", "/path/to/file.html"))).isEqualTo("html");
        assertThat(invoke("basename", Map.of("path", "path/to/app.conf"))).isEqualTo("app.conf");
        assertThat(invoke("basename", Map.of("path", "/a/notes.json", "ext", ".json"))).isEqualTo("notes");
        assertThat(invoke("resolve", Map.of("paths", List.of("/foo/bar", "/tmp/file", "baz")))).isEqualTo("/tmp/file/baz");
        assertThat(this.fixture.client.invoke("plugin:path|is_absolute", Map.of("path", "/home/tauri")).as(Boolean.class))
            .isTrue();
    }

    @Test
    void extnameWithoutExtensionShouldRejectAsTauriDoes() {
        assertThat(this.fixture.client.invoke("plugin:path|extname", Map.of("path", "/a/b")).error().message())
            .isEqualTo("path does not have an extension");
    }

    @Test
    void pluginShouldAllowEveryCommandByDefault() {
        assertThat(PathPluginCommands.plugin().defaults()).containsExactlyInAnyOrderElementsOf(Arrays.asList(
                "resolve_directory", "resolve", "normalize", "join", "dirname", "extname", "basename", "is_absolute"));
        assertThat(PathPluginCommands.plugin().permissionPrefix()).isEqualTo("core:path");
    }

    @Test
    void appHandleShouldCarryTheResolver() {
        assertThat(this.fixture.app().path()).isSameAs(this.resolver);
        assertThat(this.fixture.app().identifier()).isEqualTo("com.example.notes");
    }

    private String resolveDirectory(Map<String, Object> args) {
        return this.fixture.client.invoke("plugin:path|resolve_directory", args).as(String.class);
    }

    private String invoke(String command, Map<String, Object> args) {
        return this.fixture.client.invoke("plugin:path|" + command, args).as(String.class);
    }
}
