package dev.jtauri.runtime;

import java.util.List;
import java.util.Map;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriCommand;
import dev.jtauri.acl.Capability;
import dev.jtauri.acl.PermissionEntry;
import dev.jtauri.acl.Scopes;
import dev.jtauri.acl.UnknownPermissionException;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.test.TauriTestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which window may call what, through the whole pipeline: a real runtime with the event plugin
 * and a small built-in plugin, "demo", whose default set allows {@code ping} but not {@code wipe}.
 */
class PermissionTests {

    @Test
    void withoutCapabilitiesEveryWindowHasCoreDefault() {
        try (RuntimeFixture fixture = start(List.of(), new CommandsForTests());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings")) {
            assertThat(settings.invoke("plugin:demo|ping").as(String.class)).isEqualTo("pong");
            settings.listen("saved");
            assertThat(settings.invoke("greet", Map.of("name", "Ada")).as(String.class))
                .as("the app's own commands").isEqualTo("Hello, Ada!");
            InvokeError error = settings.invoke("plugin:demo|wipe").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.FORBIDDEN);
            assertThat(error.message()).isEqualTo("plugin:demo|wipe is not allowed in window 'settings': it needs the "
                    + "permission core:demo:allow-wipe");
        }
    }

    @Test
    void aCapabilityGrantsItsPermissionsToItsWindowsOnly() {
        List<Capability> capabilities = List.of(Capability.builder("cleaner").windows("main")
            .permissions("core:demo:allow-wipe").build());
        try (RuntimeFixture fixture = start(capabilities, new CommandsForTests());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings")) {
            assertThat(fixture.client.invoke("plugin:demo|wipe").isOk()).isTrue();
            assertThat(settings.invoke("plugin:demo|wipe").error().message())
                .isEqualTo("plugin:demo|wipe is not allowed in window 'settings': it needs the permission "
                        + "core:demo:allow-wipe");
            assertThat(fixture.client.invoke("plugin:demo|ping").error().message())
                .as("no default once a capability is configured")
                .isEqualTo("plugin:demo|ping is not allowed in window 'main': it needs the permission "
                        + "core:demo:allow-ping");
            assertThat(fixture.client.invoke("plugin:event|listen", Map.of("event", "saved", "handler", 1)).error()
                .message()).isEqualTo("plugin:event|listen is not allowed in window 'main': it needs the permission "
                        + "core:event:allow-listen");
            assertThat(fixture.client.invoke("greet", Map.of("name", "Ada")).as(String.class))
                .as("a capability without commands leaves the app's commands callable").isEqualTo("Hello, Ada!");
        }
    }

    @Test
    void aDenyWinsAndTheRejectionNamesIt() {
        List<Capability> capabilities = List.of(
                Capability.builder("everything").windows("*").permissions("core:default", "core:demo:allow-wipe")
                    .build(),
                Capability.builder("careful").windows("main").permissions("core:demo:deny-wipe")
                    .source("classpath:capabilities/careful.json").build());
        try (RuntimeFixture fixture = start(capabilities, new CommandsForTests());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings")) {
            InvokeError error = fixture.client.invoke("plugin:demo|wipe").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.FORBIDDEN);
            assertThat(error.message()).isEqualTo("plugin:demo|wipe is denied in window 'main' by core:demo:deny-wipe "
                    + "(capability 'careful', classpath:capabilities/careful.json)");
            assertThat(settings.invoke("plugin:demo|wipe").isOk()).isTrue();
        }
    }

    @Test
    void appCommandsAreLimitedOnceACapabilityListsCommands() {
        List<Capability> capabilities = List.of(
                Capability.builder("main-window").windows("main").permissions("core:default")
                    .commands("greet", "add_*").build(),
                Capability.builder("tools").windows("tool-*").commands("*").build());
        try (RuntimeFixture fixture = start(capabilities, new CommandsForTests());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings");
                TauriTestClient tool = TauriTestClient.connect(fixture.runtime, "tool-1")) {
            assertThat(fixture.client.invoke("greet", Map.of("name", "Ada")).as(String.class)).isEqualTo("Hello, Ada!");
            assertThat(fixture.client.invoke("add_numbers", Map.of("a", 1, "b", 2)).as(Integer.class)).isEqualTo(3);
            fixture.client.listen("saved");
            assertThat(tool.invoke("greet", Map.of("name", "Ada")).isOk()).isTrue();
            InvokeError error = settings.invoke("greet", Map.of("name", "Ada")).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.FORBIDDEN);
            assertThat(error.message())
                .isEqualTo("command 'greet' is not allowed in window 'settings' (tauri.app.security.capabilities)");
            assertThat(settings.pyInvoke("greet", Map.of("name", "Py")).error().kind())
                .as("pyInvoke is checked against the function it calls").isEqualTo(InvokeError.Kind.FORBIDDEN);
        }
    }

    @Test
    void aPluginCommandThatDoesNotExistIsUnknownNotForbidden() {
        try (RuntimeFixture fixture = start(List.of(), new CommandsForTests())) {
            InvokeError error = fixture.client.invoke("plugin:demo|pnig").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.UNKNOWN_COMMAND);
            assertThat(error.message()).isEqualTo("unknown command 'plugin:demo|pnig' (did you mean 'plugin:demo|ping'?)");
        }
    }

    @Test
    void aHintNamesOnlyACommandTheWindowMayCall() {
        List<Capability> capabilities = List.of(
                Capability.builder("cleaner").windows("main").permissions("core:default", "core:demo:allow-wipe")
                    .commands("notes_*").build(),
                Capability.builder("viewer").windows("settings").permissions("core:default").commands("notes_*")
                    .build());
        try (RuntimeFixture fixture = start(capabilities, new Notes());
                TauriTestClient settings = TauriTestClient.connect(fixture.runtime, "settings")) {
            assertThat(fixture.client.invoke("plugin:demo|wip").error().message())
                .isEqualTo("unknown command 'plugin:demo|wip' (did you mean 'plugin:demo|wipe'?)");
            assertThat(settings.invoke("plugin:demo|wip").error().message())
                .as("wipe is not granted to settings").isEqualTo("unknown command 'plugin:demo|wip'");
            InvokeError error = settings.invoke("notes_delete").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.UNKNOWN_COMMAND);
            assertThat(error.message()).as("note_delete is outside the window's commands")
                .isEqualTo("unknown command 'notes_delete'");
            assertThat(settings.invoke("notes_lst").error().message())
                .isEqualTo("unknown command 'notes_lst' (did you mean 'notes_list'?)");
        }
    }

    public static class Notes {

        @TauriCommand("notes_list")
        public List<String> list() {
            return List.of();
        }

        @TauriCommand("note_delete")
        public void delete() {
        }
    }

    @Test
    void theRuntimeGivesTheScopesGrantedToAWindow() {
        JsonMapper json = JsonMapper.builder().build();
        List<Capability> capabilities = List.of(Capability.builder("cleaner").windows("main")
            .permission(new PermissionEntry("core:demo:allow-wipe", List.of(json.readTree("{\"path\": \"$TEMP/**\"}")),
                    List.of()))
            .build());
        try (RuntimeFixture fixture = start(capabilities)) {
            Scopes scopes = fixture.runtime.authority().scopes("main", "plugin:demo|wipe");
            assertThat(scopes.allow()).singleElement()
                .satisfies((value) -> assertThat(value.get("path").stringValue()).isEqualTo("$TEMP/**"));
            assertThat(fixture.runtime.authority().scopes("settings", "plugin:demo|wipe")).isEqualTo(Scopes.NONE);
        }
    }

    @Test
    void anUnknownPermissionFailsTheBuild() {
        List<Capability> capabilities = List.of(Capability.builder("files").windows("main")
            .permissions("fs:allow-read-file").source("classpath:capabilities/files.json").build());
        BlockingPortal portal = new BlockingPortal(Runnable::run);
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> TauriRuntime.builder(portal).capabilities(capabilities).plugins(List.of(demo())).build())
            .withMessage("capability 'files' (classpath:capabilities/files.json): unknown permission "
                    + "'fs:allow-read-file': no plugin 'fs' is registered");
    }

    private static RuntimeFixture start(List<Capability> capabilities, Object... commandBeans) {
        return RuntimeFixture.start((builder) -> builder.plugins(List.of(demo())).capabilities(capabilities),
                commandBeans);
    }

    private static TauriPlugin demo() {
        return TauriPlugin.builder("demo").builtIn().commands(new DemoCommands()).defaults("ping").build();
    }

    public static class DemoCommands {

        @TauriCommand
        public String ping() {
            return "pong";
        }

        @TauriCommand
        public void wipe() {
        }
    }

    @Test
    void aPluginAddedAfterTheRuntimeIsBuiltShouldBeRefusedSoNoCommandGoesWithoutAPermission() {
        RuntimeFixture fixture = RuntimeFixture.start();
        try {
            assertThatIllegalStateException()
                .isThrownBy(() -> fixture.runtime.commands().registerPlugin("late", new Object()))
                .withMessageStartingWith("Plugin 'late' comes too late");
        }
        finally {
            fixture.close();
        }
    }
}
