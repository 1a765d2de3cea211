package dev.jtauri.app;

import java.util.List;

import dev.jtauri.PackageInfo;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.path.PathResolver;
import dev.jtauri.runtime.TauriRuntime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code @tauri-apps/api/app} through the invoke pipeline.
 */
class AppPluginTests {

    @Test
    void commandsShouldAnswerFromTheAppsPackageInfoAndIdentifier() {
        try (RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder.identifier("com.example.notes")
            .packageInfo(new PackageInfo("Notes", "1.2.0"))
            .plugins(List.of(AppPluginCommands.plugin())))) {
            assertThat(fixture.client.invoke("plugin:app|name").as(String.class)).isEqualTo("Notes");
            assertThat(fixture.client.invoke("plugin:app|version").as(String.class)).isEqualTo("1.2.0");
            assertThat(fixture.client.invoke("plugin:app|identifier").as(String.class)).isEqualTo("com.example.notes");
            assertThat(fixture.client.invoke("plugin:app|tauri_version").as(String.class))
                .isEqualTo(JtauriVersion.get());
            assertThat(fixture.client.invoke("plugin:app|bundle_type").json()).isEqualTo("null");
            assertThat(fixture.app().path().identifier()).isEqualTo("com.example.notes");
        }
    }

    @Test
    void runtimeWhenGivenNothingShouldUseTheDefaultIdentifierAndVersion() {
        try (RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder.plugins(List.of(AppPluginCommands.plugin())))) {
            assertThat(fixture.client.invoke("plugin:app|identifier").as(String.class))
                .isEqualTo(TauriRuntime.DEFAULT_IDENTIFIER);
            assertThat(fixture.client.invoke("plugin:app|name").as(String.class)).isEqualTo(TauriRuntime.DEFAULT_IDENTIFIER);
            assertThat(fixture.client.invoke("plugin:app|version").as(String.class)).isEqualTo("0.0.0");
        }
    }

    @Test
    void runtimeWhenResolverIsForAnotherIdentifierShouldFail() {
        assertThatIllegalStateException().isThrownBy(() -> RuntimeFixture.start((builder) -> builder
            .identifier("com.example.notes").pathResolver(PathResolver.of("com.example.other"))))
            .withMessageContaining("'com.example.other'");
    }

    @Test
    void pluginDefaultsShouldBeTheReadingCommands() {
        assertThat(AppPluginCommands.plugin().defaults()).containsExactlyInAnyOrder("version", "name", "tauri_version",
                "identifier", "bundle_type", "supports_multiple_windows");
        assertThat(AppPluginCommands.plugin().permissionPrefix()).isEqualTo("core:app");
    }
}
