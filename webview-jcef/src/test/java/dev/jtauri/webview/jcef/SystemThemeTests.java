package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.jtauri.support.OperatingSystem;
import dev.jtauri.window.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop's theme, read from a given environment and given answers to the commands that ask
 * the system, so each platform's rules are tested on any machine.
 */
class SystemThemeTests {

    private final Map<List<String>, String> answers = new HashMap<>();

    private final List<List<String>> asked = new ArrayList<>();

    private final List<Runnable> backgroundTasks = new ArrayList<>();

    private long now;

    @Test
    void linuxWithGtkThemeVariantDarkShouldBeDarkWithoutAskingTheSystem() {
        assertThat(linux(Map.of("GTK_THEME", "Adwaita:dark"))).isEqualTo(Theme.DARK);
        assertThat(linux(Map.of("GTK_THEME", "Yaru-Dark"))).isEqualTo(Theme.DARK);
        assertThat(this.asked).isEmpty();
    }

    @Test
    void linuxWithAnotherGtkThemeShouldBeLightWhateverTheDesktopSays() {
        this.answers.put(SystemTheme.PORTAL, "(<<uint32 1>>,)");

        assertThat(linux(Map.of("GTK_THEME", "Adwaita"))).isEqualTo(Theme.LIGHT);
        assertThat(this.asked).isEmpty();
    }

    @Test
    void linuxShouldFollowTheFreedesktopAppearanceSetting() {
        this.answers.put(SystemTheme.PORTAL, "(<<uint32 1>>,)\n");
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-light'\n");
        assertThat(linux(Map.of())).isEqualTo(Theme.DARK);

        this.answers.put(SystemTheme.PORTAL, "(<uint32 2>,)\n");
        this.answers.put(SystemTheme.GNOME_GTK_THEME, "'Adwaita-dark'\n");
        assertThat(linux(Map.of())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void linuxWithoutAnAppearancePreferenceShouldAskGnomesColorScheme() {
        this.answers.put(SystemTheme.PORTAL, "(<<uint32 0>>,)\n");
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-dark'\n");

        assertThat(linux(Map.of())).isEqualTo(Theme.DARK);
        assertThat(this.asked).containsExactly(SystemTheme.PORTAL, SystemTheme.GNOME_COLOR_SCHEME);
    }

    @Test
    void linuxWithoutAPortalShouldAskGnomesColorScheme() {
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-light'\n");
        this.answers.put(SystemTheme.GNOME_GTK_THEME, "'Adwaita-dark'\n");

        assertThat(linux(Map.of())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void linuxWithTheDefaultColorSchemeShouldGoByTheGtkThemesName() {
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'default'\n");
        this.answers.put(SystemTheme.GNOME_GTK_THEME, "'Yaru-Darker'\n");
        assertThat(linux(Map.of())).isEqualTo(Theme.DARK);

        this.answers.put(SystemTheme.GNOME_GTK_THEME, "'Adwaita'\n");
        assertThat(linux(Map.of())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void linuxWhenNothingAnswersShouldBeLight() {
        assertThat(linux(Map.of("GTK_THEME", ""))).isEqualTo(Theme.LIGHT);
        assertThat(this.asked).containsExactly(SystemTheme.PORTAL, SystemTheme.GNOME_COLOR_SCHEME,
                SystemTheme.GNOME_GTK_THEME);
    }

    @Test
    void macosInDarkModeShouldBeDarkAndOtherwiseLight() {
        this.answers.put(SystemTheme.MACOS_STYLE, "Dark\n");
        assertThat(read(OperatingSystem.MACOS, Map.of())).isEqualTo(Theme.DARK);

        this.answers.remove(SystemTheme.MACOS_STYLE); // unset in light mode: the command fails
        assertThat(read(OperatingSystem.MACOS, Map.of())).isEqualTo(Theme.LIGHT);
    }

    @Test
    void windowsShouldGoByAppsUseLightTheme() {
        this.answers.put(SystemTheme.WINDOWS_LIGHT_THEME, "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\"
                + "CurrentVersion\\Themes\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n");
        assertThat(read(OperatingSystem.WINDOWS, Map.of())).isEqualTo(Theme.DARK);

        this.answers.put(SystemTheme.WINDOWS_LIGHT_THEME, "    AppsUseLightTheme    REG_DWORD    0x1\r\n");
        assertThat(read(OperatingSystem.WINDOWS, Map.of())).isEqualTo(Theme.LIGHT);

        this.answers.remove(SystemTheme.WINDOWS_LIGHT_THEME);
        assertThat(read(OperatingSystem.WINDOWS, Map.of())).isEqualTo(Theme.LIGHT);
    }

    @Test
    @EnabledOnOs({ OS.LINUX, OS.MAC })
    void aCommandShouldAnswerWhatItPrints() {
        assertThat(SystemTheme.run(List.of("sh", "-c", "echo \"'prefer-dark'\""), SystemTheme.TIMEOUT))
            .isEqualTo("'prefer-dark'\n");
    }

    @Test
    @EnabledOnOs({ OS.LINUX, OS.MAC })
    void aCommandThatFailsIsMissingOrTakesTooLongShouldAnswerNothing() {
        assertThat(SystemTheme.run(List.of("sh", "-c", "echo dark; exit 1"), SystemTheme.TIMEOUT)).isNull();
        assertThat(SystemTheme.run(List.of("no-such-command-for-jtauri"), SystemTheme.TIMEOUT)).isNull();
        long start = System.nanoTime();
        assertThat(SystemTheme.run(List.of("sleep", "10"), Duration.ofMillis(200))).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void latestShouldReadOnceThenAnswerTheReadingWithoutAskingAgainForASecond() {
        SystemTheme theme = linuxTheme();
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-dark'\n");

        assertThat(theme.latest()).isEqualTo(Theme.DARK);
        int asked = this.asked.size();
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-light'\n");
        this.now += SystemTheme.REFRESH_AFTER.toNanos();

        assertThat(theme.latest()).isEqualTo(Theme.DARK);
        assertThat(this.asked).hasSize(asked);
        assertThat(this.backgroundTasks).isEmpty();
    }

    @Test
    void latestWhenTheReadingIsOlderShouldAnswerItAndReadAgainInTheBackground() {
        SystemTheme theme = linuxTheme();
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-dark'\n");
        assertThat(theme.latest()).isEqualTo(Theme.DARK);
        this.answers.put(SystemTheme.GNOME_COLOR_SCHEME, "'prefer-light'\n");
        this.now += SystemTheme.REFRESH_AFTER.toNanos() + 1;

        assertThat(theme.latest()).as("the last reading, while the next is made").isEqualTo(Theme.DARK);
        assertThat(theme.latest()).isEqualTo(Theme.DARK);
        assertThat(this.backgroundTasks).as("one reading at a time").hasSize(1);
        this.backgroundTasks.remove(0).run();

        assertThat(theme.latest()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void primeShouldReadInTheBackgroundSoThatLatestNeedNot() {
        SystemTheme theme = linuxTheme();
        this.answers.put(SystemTheme.PORTAL, "(<<uint32 1>>,)\n");

        theme.prime();
        assertThat(this.asked).isEmpty();
        this.backgroundTasks.remove(0).run();
        this.asked.clear();

        assertThat(theme.latest()).isEqualTo(Theme.DARK);
        assertThat(this.asked).isEmpty();
        theme.prime();
        assertThat(this.backgroundTasks).as("primed once").isEmpty();
    }

    private SystemTheme linuxTheme() {
        return new SystemTheme(OperatingSystem.LINUX, Map.of(), (command, timeout) -> {
            this.asked.add(command);
            return this.answers.get(command);
        }, this.backgroundTasks::add, () -> this.now);
    }

    private Theme linux(Map<String, String> environment) {
        return read(OperatingSystem.LINUX, environment);
    }

    private Theme read(OperatingSystem os, Map<String, String> environment) {
        this.asked.clear();
        return new SystemTheme(os, environment, (command, timeout) -> {
            assertThat(timeout).isEqualTo(SystemTheme.TIMEOUT);
            this.asked.add(command);
            return this.answers.get(command);
        }, (task) -> {
            throw new AssertionError("read() reads at once");
        }, () -> this.now).read();
    }
}
