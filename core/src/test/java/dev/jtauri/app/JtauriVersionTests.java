package dev.jtauri.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JtauriVersionTests {

    @Test
    void getShouldBeTheBuildsVersion() {
        assertThat(JtauriVersion.get()).isNotBlank().doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
