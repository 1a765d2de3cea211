package dev.jtauri.app;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.jtauri.LogCapture;
import dev.jtauri.PackageInfo;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.path.PathResolver;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.test.TestChannel;
import dev.jtauri.window.NotSupportedException;
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
    void onBackButtonPressShouldBeAcceptedUnderTheDefaultPermissionsAndNeverCalled() {
        try (RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder.plugins(List.of(AppPluginCommands.plugin())));
                LogCapture log = new LogCapture(AppPluginCommands.class)) {
            TestChannel<Object> handler = fixture.client.channel(Object.class);

            // What addPluginListener('app', 'back-button', handler) and its unregister() send.
            assertThat(fixture.client.invoke("plugin:app|register_listener",
                    Map.of("event", "back-button", "handler", handler.toJson())).json()).isEqualTo("null");
            assertThat(fixture.client.invoke("plugin:app|register_listener",
                    Map.of("event", "back-button", "handler", handler.toJson())).json()).isEqualTo("null");
            assertThat(fixture.client.invoke("plugin:app|remove_listener",
                    Map.of("event", "back-button", "channelId", handler.id())).json()).isEqualTo("null");

            assertThat(handler.messages()).isEmpty();
            assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly("A page listens to the app plugin's 'back-button' "
                    + "(onBackButtonPress): the back button is Android's, so on " + NotSupportedException.OS
                    + " the handler is never called");
        }
    }

    @Test
    void pluginDefaultsShouldBeTheReadingCommandsAndTheBackButtonsListener() {
        assertThat(AppPluginCommands.plugin().defaults()).containsExactlyInAnyOrder("version", "name", "tauri_version",
                "identifier", "bundle_type", "register_listener", "remove_listener", "supports_multiple_windows");
        assertThat(AppPluginCommands.plugin().permissionPrefix()).isEqualTo("core:app");
    }
}
