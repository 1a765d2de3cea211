package dev.jtauri.autoconfigure;

import java.util.Map;

import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.runtime.TauriRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CapabilityAutoConfigurationTests {

    private static final Map<String, Object> SAVED = Map.of("event", "saved");

    // No display: these contexts must never start CEF, whatever the machine has.
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withUserConfiguration(TauriAutoConfigurationTests.GreeterConfiguration.class)
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=");

    @Test
    void capabilitiesWhenNoneAreConfiguredShouldGiveEveryWindowCoreDefault(CapturedOutput output) {
        this.contextRunner.run((context) -> {
            TauriRuntime runtime = context.getBean(TauriRuntime.class);
            assertThat(Invocations.invoke(runtime, "settings", "plugin:event|emit", SAVED))
                .isInstanceOf(InvokeResponse.Ok.class);
            assertThat(Invocations.result(runtime, "greet", Map.of("name", "Ada"), String.class))
                .isEqualTo("Hello, Ada!");
            assertThat(output).contains("No capability configured: every window gets core:default");
        });
    }

    @Test
    void capabilitiesWhenCommandsAreSetShouldLimitWhichWindowCallsWhichAppCommand() {
        this.contextRunner
            .withPropertyValues("tauri.app.security.capabilities[0].windows=main",
                    "tauri.app.security.capabilities[0].commands=greet")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.result(runtime, "greet", Map.of("name", "Ada"), String.class))
                    .isEqualTo("Hello, Ada!");
                assertThat(Invocations.error(runtime, "shout", Map.of("text", "x")).kind())
                    .isEqualTo(InvokeError.Kind.FORBIDDEN);
                assertThat(Invocations.error(runtime, "other", "greet", Map.of("name", "Ada")).message())
                    .isEqualTo("command 'greet' is not allowed in window 'other' (tauri.app.security.capabilities)");
                assertThat(Invocations.error(runtime, "plugin:event|emit", SAVED).message())
                    .as("a configured capability replaces the default")
                    .isEqualTo("plugin:event|emit is not allowed in window 'main': it needs the permission "
                            + "core:event:allow-emit");
            });
    }

    @Test
    void capabilitiesWhenPermissionsAreSetShouldGrantThem() {
        this.contextRunner
            .withPropertyValues("tauri.app.security.capabilities[0].identifier=main-window",
                    "tauri.app.security.capabilities[0].windows=main",
                    "tauri.app.security.capabilities[0].permissions=core:default,core:event:deny-emit-to")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.invoke(runtime, "main", "plugin:event|emit", SAVED))
                    .isInstanceOf(InvokeResponse.Ok.class);
                assertThat(Invocations.error(runtime, "plugin:event|emit_to", Map.of("target", "main", "event", "saved"))
                    .message()).isEqualTo("plugin:event|emit_to is denied in window 'main' by core:event:deny-emit-to "
                            + "(capability 'main-window', tauri.app.security.capabilities[0])");
                assertThat(Invocations.error(runtime, "settings", "plugin:event|emit", SAVED).kind())
                    .isEqualTo(InvokeError.Kind.FORBIDDEN);
            });
    }

    @Test
    void capabilityWhenItListsNoWindowShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.app.security.capabilities[0].permissions=core:default")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("app.security.capabilities[0]")
                    .hasMessageContaining("A capability needs at least one window (or webview) it applies to");
            });
    }

    @Test
    void capabilityWhenItGrantsNothingShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.app.security.capabilities[0].windows=main").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("app.security.capabilities[0]")
                .hasMessageContaining("A capability needs at least one command or permission it grants");
        });
    }

    @Test
    void capabilityFilesWhenPresentShouldGrantTheirPermissions(CapturedOutput output) {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/valid/*.json")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.invoke(runtime, "settings", "plugin:event|emit", SAVED))
                    .isInstanceOf(InvokeResponse.Ok.class);
                assertThat(Invocations.error(runtime, "quiet-1", "plugin:event|emit", SAVED).message())
                    .isEqualTo("plugin:event|emit is denied in window 'quiet-1' by core:event:deny-emit "
                            + "(capability 'quiet', classpath:acl/valid/quiet.json)");
                assertThat(Invocations.result(runtime, "greet", Map.of("name", "Ada"), String.class))
                    .as("files leave the app's commands callable").isEqualTo("Hello, Ada!");
                assertThat(output).contains("2 capabilities: 1 from classpath:acl/valid/events.json, "
                        + "1 from classpath:acl/valid/quiet.json");
            });
    }

    @Test
    void capabilityFileWhenItNamesTheCorePermissionsOfTauri212ShouldStartAndGrantThem() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/tauri-2.12/*.json")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.invoke(runtime, "main", "plugin:app|register_listener",
                        Map.of("event", "back-button", "handler", "__CHANNEL__:1"))).isInstanceOf(InvokeResponse.Ok.class);
                assertThat(Invocations.result(runtime, "plugin:app|supports_multiple_windows", Map.of(), Boolean.class))
                    .isTrue();
            });
    }

    @Test
    void capabilityFilesWhenTheNamedFileIsMissingShouldFailTheStartupNamingIt() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath:acl/no-such-file.json")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("tauri.app.security.capability-files names classpath:acl/no-such-file.json, "
                        + "but there is no such file"));
    }

    @Test
    void capabilityFilesWhenAPatternMatchesNothingShouldGiveTheDefault() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/none-here/*.json")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void capabilityFilesWhenAlsoInPropertiesShouldAllApply() {
        this.contextRunner
            .withPropertyValues("tauri.app.security.capability-files=classpath*:acl/valid/*.json",
                    "tauri.app.security.capabilities[0].windows=main",
                    "tauri.app.security.capabilities[0].commands=shout")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.result(runtime, "shout", Map.of("text", "x"), String.class)).isEqualTo("X");
                assertThat(Invocations.error(runtime, "greet", Map.of("name", "Ada")).kind())
                    .isEqualTo(InvokeError.Kind.FORBIDDEN);
                assertThat(Invocations.invoke(runtime, "main", "plugin:event|emit", SAVED))
                    .isInstanceOf(InvokeResponse.Ok.class);
            });
    }

    @Test
    void capabilityFileWhenMalformedShouldFailTheStartupNamingTheFile() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/malformed/*.json")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageStartingWith("classpath:acl/malformed/broken.json capability 'broken': unknown key "
                            + "'window' (did you mean 'windows'?)");
            });
    }

    @Test
    void capabilityFileWhenARemoteUrlIsNotAPatternJtauriReadsShouldFailTheStartupNamingThePattern() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/remote/*.json")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageStartingWith("capability 'web' (classpath:acl/remote/web.json): remote.urls: "
                            + "'https://example.com/books/:id' is not a URL pattern jtauri reads");
            });
    }

    @Test
    void capabilityWhenPermissionIsUnknownShouldFailTheStartupNamingIt() {
        this.contextRunner.withPropertyValues("tauri.app.security.capability-files=classpath*:acl/unknown/*.json")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessage("capability 'files' (classpath:acl/unknown/files.json): unknown permission "
                            + "'fs:allow-read-file': no plugin 'fs' is registered");
            });
    }

    @Test
    void capabilityWhenItsPluginIsSwitchedOffShouldFailTheStartupSayingSo() {
        this.contextRunner
            .withPropertyValues("tauri.app.security.capability-files=classpath*:acl/unknown/*.json",
                    "tauri.plugins.fs.enabled=false")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageEndingWith("no plugin 'fs' is registered; it is switched off by "
                            + "tauri.plugins.fs.enabled=false");
            });
    }

    @Test
    void capabilitiesWhenTwoShareAnIdentifierShouldFailTheStartupNamingBothSources() {
        this.contextRunner
            .withPropertyValues("tauri.app.security.capability-files=classpath*:acl/valid/*.json",
                    "tauri.app.security.capabilities[0].identifier=events",
                    "tauri.app.security.capabilities[0].windows=main",
                    "tauri.app.security.capabilities[0].commands=greet")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessage("Two capabilities are named 'events': one in tauri.app.security.capabilities[0] and "
                            + "one in classpath:acl/valid/events.json; capability identifiers must be unique");
            });
    }
}
