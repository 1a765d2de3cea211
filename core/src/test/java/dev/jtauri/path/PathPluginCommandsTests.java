package dev.jtauri.path;

import java.nio.file.Path;
import java.util.List;

import dev.jtauri.InvokeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The string commands, with the examples of {@code @tauri-apps/api/path}'s documentation and the
 * cases of Tauri's own tests, by Unix rules (and Windows rules where they differ).
 */
class PathPluginCommandsTests {

    private final PathPluginCommands unix = new PathPluginCommands(PathSyntax.unix());

    private final PathPluginCommands windows = new PathPluginCommands(PathSyntax.windows());

    @Test
    void normalizeShouldDropDotsAndApplyParents() {
        assertThat(this.unix.normalize("/home/ada/.local/share/app/../users/tauri/avatar.png"))
            .isEqualTo("/home/ada/.local/share/users/tauri/avatar.png");
        assertThat(this.unix.normalize("a/./b//c")).isEqualTo("a/b/c");
        assertThat(this.unix.normalize("/..")).isEqualTo("/");
    }

    @Test
    void normalizeWhenRelativeShouldNeverBecomeAbsolute() {
        assertThat(this.unix.normalize("../a")).isEqualTo("a");
        assertThat(this.unix.normalize("a/../../b")).isEqualTo("b");
    }

    @Test
    void normalizeWhenTrailingSeparatorShouldKeepIt() {
        assertThat(this.unix.normalize("/a/b/")).isEqualTo("/a/b/");
        assertThat(this.unix.normalize("/")).isEqualTo("/");
        assertThat(this.windows.normalize("C:\\a\\b\\..\\c\\")).isEqualTo("C:\\a\\c\\");
    }

    @Test
    void normalizeWhenOnlyDotsShouldAnswerAsNodeDoes() {
        assertThat(this.unix.normalize("..")).isEqualTo("..");
        assertThat(this.unix.normalize(".")).isEqualTo(".");
    }

    @Test
    void joinShouldSeparateAndNormalize() {
        assertThat(this.unix.join(List.of("/home/ada/.local/share/app", "users", "tauri", "avatar.png")))
            .isEqualTo("/home/ada/.local/share/app/users/tauri/avatar.png");
        assertThat(this.unix.join(List.of("a/", "/b", "./c", "../d"))).isEqualTo("a/b/d");
        assertThat(this.windows.join(List.of("C:\\Users", "ada/docs"))).isEqualTo("C:\\Users\\ada\\docs");
    }

    @Test
    void joinWhenNothingIsLeftShouldBeDot() {
        assertThat(this.unix.join(List.of())).isEqualTo(".");
        assertThat(this.unix.join(List.of("a", ".."))).isEqualTo(".");
    }

    @Test
    void dirnameShouldIgnoreTrailingSeparators() {
        assertThat(this.unix.dirname("/path/to/somedir/")).isEqualTo("/path/to");
        assertThat(this.unix.dirname("/a")).isEqualTo("/");
        assertThat(this.unix.dirname("a")).isEmpty();
        assertThat(this.windows.dirname("C:\\a\\b.txt")).isEqualTo("C:\\a");
    }

    @Test
    void dirnameWhenRootOrEmptyShouldReject() {
        assertThatThrownBy(() -> this.unix.dirname("/")).isInstanceOf(InvokeException.class)
            .hasMessage("path does not have a parent");
        assertThatThrownBy(() -> this.unix.dirname("")).isInstanceOf(InvokeException.class);
    }

    @Test
    void extnameShouldBeTheExtensionWithoutTheDot() {
        assertThat(this.unix.extname("/path/to/file.html")).isEqualTo("html");
        assertThat(this.unix.extname("archive.tar.gz")).isEqualTo("gz");
    }

    @Test
    void extnameWhenNoneShouldReject() {
        assertThatThrownBy(() -> this.unix.extname("/path/to/file")).isInstanceOf(InvokeException.class)
            .hasMessage("path does not have an extension");
        assertThatThrownBy(() -> this.unix.extname("/home/.bashrc")).isInstanceOf(InvokeException.class);
        assertThatThrownBy(() -> this.unix.extname("..")).isInstanceOf(InvokeException.class);
    }

    @Test
    void basenameShouldBeTheLastPart() {
        assertThat(this.unix.basename("path/to/app.conf", null)).isEqualTo("app.conf");
        assertThat(this.unix.basename("/path/to/somedir/", null)).isEqualTo("somedir");
        assertThat(this.windows.basename("C:\\a\\b.txt", null)).isEqualTo("b.txt");
    }

    @Test
    void basenameWhenExtGivenShouldStripItAsTauriDoes() {
        assertThat(this.unix.basename("/path/to/some-json-file.json", ".json")).isEqualTo("some-json-file");
        assertThat(this.unix.basename("/path/to/some-json-file.json", "json")).isEqualTo("some-json-file.");
        assertThat(this.unix.basename("/path/to/some-json-file.html.json", ".json")).isEqualTo("some-json-file.html");
        assertThat(this.unix.basename("/path/to/some-json-file.json.json", ".json")).isEqualTo("some-json-file.json");
        assertThat(this.unix.basename("/path/to/some-json-file.json.html", ".json"))
            .isEqualTo("some-json-file.json.html");
    }

    @Test
    void basenameWhenRootOrParentShouldReject() {
        assertThatThrownBy(() -> this.unix.basename("/", null)).isInstanceOf(InvokeException.class)
            .hasMessage("path does not have a basename");
        assertThatThrownBy(() -> this.unix.basename("a/..", null)).isInstanceOf(InvokeException.class);
    }

    @Test
    void isAbsoluteShouldFollowThePlatform() {
        assertThat(this.unix.isAbsolute("/home/tauri")).isTrue();
        assertThat(this.unix.isAbsolute("home/tauri")).isFalse();
        assertThat(this.windows.isAbsolute("C:\\Users")).isTrue();
        assertThat(this.windows.isAbsolute("\\\\server\\share")).isTrue();
        assertThat(this.windows.isAbsolute("\\Users")).isFalse();
        assertThat(this.windows.isAbsolute("C:Users")).isFalse();
    }

    @Test
    void resolveShouldStartFromTheCurrentFolderAndStartOverAtAnAbsolutePath() {
        assertThat(this.unix.resolve(List.of())).isEqualTo(Path.of("").toAbsolutePath().toString());
        assertThat(this.unix.resolve(List.of("/foo/bar", "/tmp/file", "baz"))).isEqualTo("/tmp/file/baz");
        assertThat(this.unix.resolve(List.of("/foo/bar", "../baz", "./qux"))).isEqualTo("/foo/baz/qux");
    }
}
