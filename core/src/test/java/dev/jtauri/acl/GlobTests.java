package dev.jtauri.acl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Window labels matched as Tauri matches them, by the {@code glob} crate's {@code Pattern} with
 * its default options; the cases follow the crate's own documentation and tests.
 */
class GlobTests {

    @ParameterizedTest(name = "''{0}'' matches ''{1}''")
    @CsvSource(delimiter = ' ', value = {
        "main main",
        "* ''",
        "* anything",
        "settings-* settings-",
        "settings-* settings-1",
        "c?t cat",
        "c?t c/t",
        "??? abc",
        "*a*b* xxaxxbxx",
        "[abc] b",
        "win-[0-9] win-7",
        "[a-cx-z] y",
        "[!abc] d",
        "k[!e]tteh kitteh",
        "[a-] -",
        "[-a] -",
        "[*] *",
        "[?] ?",
        "[[] [",
        "[]] ]",
        "[!]] a",
        "[]a] a",
        "a[!a-z]b a1b",
        "** any/thing/at/all",
        "** main",
        "a/** a/",
        "a/** a/b/c",
        "**/b b",
        "**/b a/b",
        "a/**/b a/b",
        "a/**/b a/x/y/b",
        "* a/b",
        "[é] é",
        "?? 😀x",
    })
    void shouldMatch(String glob, String label) {
        assertThat(Glob.of(List.of(glob)).matches(label)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' does not match ''{1}''")
    @CsvSource(delimiter = ' ', value = {
        "main Main",
        "main main2",
        "settings-* settings",
        "c?t ct",
        "c?t cart",
        "[abc] d",
        "[abc] ab",
        "win-[0-9] win-x",
        "[!abc] a",
        "k[!e]tteh ketteh",
        "[z-a] m",
        "[*] a",
        "[]] a",
        "[!]] ]",
        "**/b ab",
        "a/**/b a/xb",
        "a/** a",
        "? ''",
    })
    void shouldNotMatch(String glob, String label) {
        assertThat(Glob.of(List.of(glob)).matches(label)).isFalse();
    }

    @Test
    void anyOfSeveralGlobsMatches() {
        Glob globs = Glob.of(List.of("main", "settings-[0-9]"));
        assertThat(globs.matches("main")).isTrue();
        assertThat(globs.matches("settings-3")).isTrue();
        assertThat(globs.matches("settings-x")).isFalse();
        assertThat(Glob.of(List.of()).matches("main")).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' is invalid: {1}")
    @CsvSource(delimiter = '|', value = {
        "win-[0-9|invalid range pattern ([ without its ]) at position 4",
        "[|invalid range pattern ([ without its ]) at position 0",
        "[]|invalid range pattern ([ without its ]) at position 0",
        "abc[!]|invalid range pattern ([ without its ]) at position 3",
        "[!a|invalid range pattern ([ without its ]) at position 0",
        "***|wildcards are either regular * or recursive ** at position 2",
        "a**|recursive wildcards must form a single path component at position 0",
        "**b|recursive wildcards must form a single path component at position 2",
        "a/**b|recursive wildcards must form a single path component at position 4",
    })
    void invalidGlobsAreRejectedNamingThePatternAndWhere(String glob, String why) {
        assertThatIllegalArgumentException().isThrownBy(() -> Glob.of(List.of(glob)))
            .withMessage("'" + glob + "' is not a valid glob: " + why);
    }
}
