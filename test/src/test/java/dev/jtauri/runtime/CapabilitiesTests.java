package dev.jtauri.runtime;

import java.util.List;
import java.util.Map;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.runtime.Capabilities.Capability;
import dev.jtauri.test.TauriTestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilitiesTests {

    private final Capabilities capabilities = Capabilities.of(List.of(
            new Capability("main-window", List.of("main"), List.of("greet", "add_*")),
            new Capability("tools", List.of("tool-*"), List.of("*"))));

    @Test
    void withoutCapabilitiesEveryWindowMayCallEveryCommand() {
        assertThat(Capabilities.allowAll().allows("any", "anything")).isTrue();
        assertThat(Capabilities.of(List.of()).allows("any", "anything")).isTrue();
    }

    @Test
    void aCommandRunsOnlyWhenACapabilityListsTheWindowAndTheCommand() {
        assertThat(this.capabilities.allows("main", "greet")).isTrue();
        assertThat(this.capabilities.allows("main", "add_numbers")).isTrue();
        assertThat(this.capabilities.allows("main", "delete_everything")).isFalse();
        assertThat(this.capabilities.allows("settings", "greet")).isFalse();
        assertThat(this.capabilities.allows("tool-1", "delete_everything")).isTrue();
        assertThat(this.capabilities.allows("settings", "plugin:event|listen")).as("the event plugin").isTrue();
    }

    @Test
    void theEventPluginIsAlwaysAllowedByItsOwnCommandsOnly() {
        for (String command : List.of("plugin:event|listen", "plugin:event|unlisten", "plugin:event|emit",
                "plugin:event|emit_to")) {
            assertThat(this.capabilities.allows("settings", command)).as(command).isTrue();
        }
        assertThat(this.capabilities.allows("settings", "plugin:event|wipe")).isFalse();
        assertThat(this.capabilities.allows("settings", "plugin:event|listen_all")).isFalse();
    }

    @Test
    void aForbiddenCallIsRejectedNamingTheWindowAndTheSetting() {
        try (RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder.capabilities(this.capabilities),
                new CommandsForTests());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings")) {
            assertThat(fixture.client.invoke("greet", Map.of("name", "Ada")).as(String.class)).isEqualTo("Hello, Ada!");
            InvokeError error = settings.invoke("greet", Map.of("name", "Ada")).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.FORBIDDEN);
            assertThat(error.message())
                .isEqualTo("command 'greet' is not allowed in window 'settings' (tauri.app.security.capabilities)");
            assertThat(settings.pyInvoke("greet", Map.of("name", "Py")).error().kind())
                .as("pyInvoke is checked against the function it calls").isEqualTo(InvokeError.Kind.FORBIDDEN);
        }
    }
}
