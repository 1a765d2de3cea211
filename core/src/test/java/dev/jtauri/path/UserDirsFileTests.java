package dev.jtauri.path;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserDirsFileTests {

    private final Path home = Path.of("/home/ada");

    @Test
    void parseWhenRelativeToHomeShouldResolveInTheHome() {
        assertThat(UserDirsFile.parse(List.of("XDG_MUSIC_DIR=\"$HOME/Media/Music\""), this.home))
            .containsEntry("MUSIC", Path.of("/home/ada/Media/Music"));
    }

    @Test
    void parseWhenAbsoluteShouldKeepThePath() {
        assertThat(UserDirsFile.parse(List.of("  XDG_VIDEOS_DIR=\"/media/videos\"  "), this.home))
            .containsEntry("VIDEOS", Path.of("/media/videos"));
    }

    @Test
    void parseWhenSetToTheHomeShouldTreatTheFolderAsDisabled() {
        assertThat(UserDirsFile.parse(List.of("XDG_DESKTOP_DIR=\"$HOME/\"", "XDG_TEMPLATES_DIR=\"$HOME\""), this.home))
            .isEmpty();
    }

    @Test
    void parseWhenCommentUnquotedOrRelativeShouldSkipTheLine() {
        assertThat(UserDirsFile.parse(List.of("# XDG_DESKTOP_DIR=\"$HOME/Desktop\"", "XDG_MUSIC_DIR=$HOME/Music",
                "XDG_VIDEOS_DIR=\"Videos\"", ""), this.home)).isEmpty();
    }

    @Test
    void readWhenNoFileShouldFindNothing() {
        assertThat(UserDirsFile.read(Path.of("/nonexistent/user-dirs.dirs"), this.home)).isEmpty();
    }
}
