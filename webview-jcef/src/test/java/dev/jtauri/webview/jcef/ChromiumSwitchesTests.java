package dev.jtauri.webview.jcef;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChromiumSwitchesTests {

    @Test
    void onLinuxTheGpuProcessIsLaunchedByTheBrowserAndTheAppsSwitchesFollow() {
        assertThat(ChromiumSwitches.of(List.of("--enable-logging"), true))
            .containsExactly("--no-unsandboxed-zygote", "--enable-logging");
    }

    @Test
    void elsewhereOnlyTheAppsSwitches() {
        assertThat(ChromiumSwitches.of(List.of("--enable-logging"), false)).containsExactly("--enable-logging");
    }
}
