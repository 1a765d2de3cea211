package dev.jtauri.runtime;

import dev.jtauri.RuntimeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code AppHandle.restart()} as the runtime records it; the relaunch itself is the runner's,
 * tested end to end.
 */
class RestartTests {

    private final RuntimeFixture fixture = RuntimeFixture.start();

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void restartShouldEndTheAppWithCodeZeroAndAskForARelaunch() {
        this.fixture.app().restart();

        assertThat(this.fixture.runtime.exitRequest().join()).isZero();
        assertThat(this.fixture.runtime.restartRequested()).isTrue();
    }

    @Test
    void restartAfterAnExitWasAskedForShouldJustEndTheApp() {
        this.fixture.app().exit(3);
        this.fixture.app().restart();

        assertThat(this.fixture.runtime.restartRequested()).isFalse();
        assertThat(this.fixture.runtime.exitRequest().join()).isEqualTo(3);
    }
}
