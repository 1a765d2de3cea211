package dev.jtauri.acl;

import java.util.List;

import ch.qos.logback.classic.Level;
import dev.jtauri.LogCapture;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.jtauri.acl.TestPlugins.CLOSE;
import static dev.jtauri.acl.TestPlugins.DELETE;
import static dev.jtauri.acl.TestPlugins.GET;
import static dev.jtauri.acl.TestPlugins.LISTEN;
import static dev.jtauri.acl.TestPlugins.SET;
import static dev.jtauri.acl.TestPlugins.SET_TITLE;
import static dev.jtauri.acl.TestPlugins.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuthorityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void withoutCapabilitiesEveryWindowGetsCoreDefault() {
        Authority authority = compile();
        assertThat(authority.capabilities()).containsExactly(Authority.defaultCapability());
        assertThat(authority.allows("main", TITLE)).isTrue();
        assertThat(authority.allows("any-window", LISTEN)).isTrue();
        assertThat(authority.allows("main", SET_TITLE)).isFalse();
        assertThat(authority.allows("main", GET)).as("core:default is the built-in plugins' only").isFalse();
        assertThat(authority.allows("main", "greet")).as("app commands").isTrue();
    }

    @Test
    void aRefusedPluginCommandNamesThePermissionItNeeds() {
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> compile().check("main", SET_TITLE))
            .satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(InvokeError.Kind.FORBIDDEN))
            .withMessage("plugin:window|set_title is not allowed in window 'main': it needs the permission "
                    + "core:window:allow-set-title");
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> compile().check("main", GET))
            .withMessage("plugin:store|get is not allowed in window 'main': it needs the permission store:allow-get");
    }

    @Test
    void onceACapabilityIsConfiguredOnlyWhatItGrantsIsAllowed() {
        Authority authority = compile(capability("main").windows("main").permissions("core:window:allow-set-title"));
        assertThat(authority.allows("main", SET_TITLE)).isTrue();
        assertThat(authority.allows("main", TITLE)).isFalse();
        assertThat(authority.allows("main", LISTEN)).isFalse();
        assertThat(authority.allows("other", SET_TITLE)).isFalse();
    }

    @Test
    void coreDefaultIsEveryBuiltInPluginsDefaultSet() {
        Authority authority = compile(capability("main").windows("*").permissions("core:default"));
        assertThat(authority.allows("main", TITLE)).isTrue();
        assertThat(authority.allows("main", LISTEN)).isTrue();
        assertThat(authority.allows("main", "plugin:event|emit")).isTrue();
        assertThat(authority.allows("main", SET_TITLE)).isFalse();
        assertThat(authority.allows("main", GET)).isFalse();
    }

    @Test
    void coreDefaultCoversOnlyTheBuiltInPluginsRegistered() {
        Authority authority = Authority.compile(List.of(capability("main").windows("*").permissions("core:default")
            .build()), List.of(TestPlugins.event(), TestPlugins.store()), "linux");
        assertThat(authority.allows("main", LISTEN)).isTrue();
        assertThat(authority.allows("main", GET)).isFalse();
    }

    @Test
    void aPluginsDefaultSetAllowsItsDefaults() {
        Authority authority = compile(capability("main").windows("main").permissions("store:default",
                "core:window:default"));
        assertThat(authority.allows("main", GET)).isTrue();
        assertThat(authority.allows("main", SET)).isFalse();
        assertThat(authority.allows("main", TITLE)).isTrue();
    }

    @Test
    void aSetGrantsWhatItIncludesRelativeOrAbsoluteAndThroughOtherSets() {
        Authority authority = compile(capability("main").windows("main").permissions("core:window:manage",
                "store:write"));
        assertThat(authority.allows("main", SET_TITLE)).isTrue();
        assertThat(authority.allows("main", CLOSE)).isTrue();
        assertThat(authority.allows("main", TITLE)).isFalse();
        assertThat(authority.allows("main", GET)).as("store:write includes store:read").isTrue();
        assertThat(authority.allows("main", SET)).isTrue();
        assertThat(authority.allows("main", DELETE)).isFalse();
    }

    @Test
    void aDenyWinsOverAnAllowInAnyCapabilityThatApplies() {
        Authority authority = compile(
                capability("allow").windows("*").permissions("core:window:allow-set-title"),
                capability("deny").windows("main").permissions("core:window:deny-set-title"));
        assertThat(authority.allows("main", SET_TITLE)).isFalse();
        assertThat(authority.allows("settings", SET_TITLE)).as("the deny does not apply there").isTrue();
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> authority.check("main", SET_TITLE))
            .withMessage("plugin:window|set_title is denied in window 'main' by core:window:deny-set-title "
                    + "(capability 'deny', code)");
    }

    @Test
    void aDenyFromASetNamesTheSetToo() {
        Authority authority = compile(capability("store").windows("main").permissions("store:everything",
                "store:allow-delete").source("classpath:capabilities/store.json"));
        assertThat(authority.allows("main", SET)).isTrue();
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> authority.check("main", DELETE))
            .withMessage("plugin:store|delete is denied in window 'main' by store:deny-delete (through "
                    + "store:everything, capability 'store', classpath:capabilities/store.json)");
    }

    @Test
    void windowLabelsMatchGlobs() {
        Authority authority = compile(capability("settings").windows("settings-*").permissions("core:default"));
        assertThat(authority.allows("settings-1", TITLE)).isTrue();
        assertThat(authority.allows("settings-", TITLE)).isTrue();
        assertThat(authority.allows("settings", TITLE)).isFalse();
        assertThat(authority.allows("main", TITLE)).isFalse();
    }

    @Test
    void windowLabelsMatchTaurisGlobs() {
        Authority authority = compile(capability("numbered").windows("pane-[0-9]", "tab-?", "x[!0-9]").permissions(
                "core:default"));
        assertThat(authority.allows("pane-3", TITLE)).isTrue();
        assertThat(authority.allows("pane-x", TITLE)).isFalse();
        assertThat(authority.allows("tab-a", TITLE)).isTrue();
        assertThat(authority.allows("tab-ab", TITLE)).isFalse();
        assertThat(authority.allows("xa", TITLE)).isTrue();
        assertThat(authority.allows("x1", TITLE)).isFalse();
    }

    @Test
    void anInvalidWindowGlobFailsTheCompilationNamingTheCapability() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> compile(capability("broken").windows("pane-[0-9").permissions("core:default")
                .source("classpath:capabilities/broken.json")))
            .withMessage("capability 'broken' (classpath:capabilities/broken.json): 'pane-[0-9' is not a valid glob: "
                    + "invalid range pattern ([ without its ]) at position 5");
    }

    @Test
    void webviewLabelsMatchLikeWindowLabels() {
        Authority authority = compile(capability("preview").webviews(List.of("preview-*")).permissions("core:default"));
        assertThat(authority.allows("preview-1", TITLE)).isTrue();
        assertThat(authority.allows("main", TITLE)).isFalse();
    }

    @Test
    void aCapabilityForOtherPlatformsDoesNotApply() {
        Capability.Builder macOnly = capability("mac").windows("*").permissions("core:default")
            .platforms(List.of("macOS"));
        assertThat(Authority.compile(List.of(macOnly.build()), TestPlugins.all(), "linux").allows("main", TITLE))
            .isFalse();
        assertThat(Authority.compile(List.of(macOnly.build()), TestPlugins.all(), "macOS").allows("main", TITLE))
            .isTrue();
    }

    @Test
    void aRemoteCapabilityAppliesToNoPage() {
        try (LogCapture log = new LogCapture(Authority.class)) {
            Authority authority = compile(capability("remote").windows("*").permissions("core:default").local(false));
            assertThat(authority.allows("main", TITLE)).isFalse();
            assertThat(log.at(Level.DEBUG)).anySatisfy((event) ->
                    assertThat(event.getFormattedMessage()).contains("capability 'remote'").contains("applies to no page"));
        }
    }

    @Test
    void aCapabilityWithRemoteUrlsGrantsRemotePagesNothingAndSaysSoButStillAppliesToTheAppsPages() {
        try (LogCapture log = new LogCapture(Authority.class)) {
            Authority authority = compile(capability("web").windows("main").permissions("core:default")
                .remoteUrls(List.of("https://*.example.com")));
            assertThat(authority.allows("main", TITLE)).as("local, as Tauri's default").isTrue();
            assertThat(log.at(Level.INFO)).singleElement().satisfies((event) -> assertThat(event.getFormattedMessage())
                .isEqualTo("capability 'web' (code): remote.urls [https://*.example.com] grant nothing: jtauri gives "
                        + "no IPC to remote pages, only to the app's own"));
        }
    }

    @Test
    void appCommandsAreAllCallableWhileNoCapabilityListsCommands() {
        Authority authority = compile(capability("main").windows("main").permissions("core:default"));
        assertThat(authority.allows("main", "greet")).isTrue();
        assertThat(authority.allows("settings", "greet")).as("even where no capability applies").isTrue();
    }

    @Test
    void appCommandsAreRestrictedOnceACapabilityListsCommands() {
        Authority authority = compile(
                capability("main").windows("main").commands("greet", "add_*"),
                capability("tools").windows("tool-*").commands("*"));
        assertThat(authority.allows("main", "greet")).isTrue();
        assertThat(authority.allows("main", "add_numbers")).isTrue();
        assertThat(authority.allows("main", "delete_everything")).isFalse();
        assertThat(authority.allows("tool-1", "delete_everything")).isTrue();
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> authority.check("settings", "greet"))
            .withMessage("command 'greet' is not allowed in window 'settings' (tauri.app.security.capabilities)");
    }

    @Test
    void aPluginCommandNoPluginServesIsLeftToTheLookup() {
        Authority authority = compile(capability("main").windows("main").commands("greet"));
        assertThat(authority.allows("main", "plugin:event|wipe")).isTrue();
        assertThat(authority.allows("main", "plugin:nothing|at_all")).isTrue();
    }

    @Test
    void scopesAreTheValuesOfTheEntriesThatGrantTheCommand() {
        JsonNode appData = JSON.readTree("{\"path\": \"$APPDATA/**\"}");
        JsonNode secret = JSON.readTree("{\"path\": \"$APPDATA/secret\"}");
        JsonNode home = JSON.readTree("{\"path\": \"$HOME/**\"}");
        Authority authority = compile(
                capability("main").windows("main")
                    .permission(new PermissionEntry("store:read", List.of(appData), List.of(secret)))
                    .permission(new PermissionEntry("store:allow-set", List.of(home), List.of())),
                capability("all").windows("*")
                    .permission(new PermissionEntry("store:allow-get", List.of(home), List.of())));
        assertThat(authority.scopes("main", GET)).isEqualTo(new Scopes(List.of(appData, home), List.of(secret)));
        assertThat(authority.scopes("main", SET)).isEqualTo(new Scopes(List.of(home), List.of()));
        assertThat(authority.scopes("other", GET)).isEqualTo(new Scopes(List.of(home), List.of()));
        assertThat(authority.scopes("other", SET)).isSameAs(Scopes.NONE);
        assertThat(authority.scopes("main", DELETE).isEmpty()).isTrue();
    }

    @Test
    void anUnknownCommandPermissionFailsNamingItAndTheCapability() {
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("core:window:allow-set-titel")
                .source("classpath:capabilities/main.json")))
            .withMessage("capability 'main' (classpath:capabilities/main.json): unknown permission "
                    + "'core:window:allow-set-titel': plugin 'window' has no command 'set_titel'")
            .satisfies((ex) -> assertThat(ex.missingPlugin()).isNull());
    }

    @Test
    void anUnknownPluginFailsNamingThePlugin() {
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("fs:default")))
            .withMessage("capability 'main' (code): unknown permission 'fs:default': no plugin 'fs' is registered")
            .satisfies((ex) -> {
                assertThat(ex.missingPlugin()).isEqualTo("fs");
                assertThat(ex.permission()).isEqualTo("fs:default");
            });
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("core:menu:default")))
            .withMessageEndingWith("unknown permission 'core:menu:default': no plugin 'menu' is registered");
    }

    @Test
    void anUnknownSetFailsNamingIt() {
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("store:read-all")))
            .withMessageEndingWith("unknown permission 'store:read-all': plugin 'store' has no permission or set "
                    + "'read-all'");
    }

    @Test
    void aBrokenMemberOfASetFailsNamingTheSet() {
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("store:broken")))
            .withMessageEndingWith("unknown permission 'store:allow-wipe' (included by store:broken): plugin 'store' "
                    + "has no command 'wipe'");
    }

    @Test
    void theWrongPrefixFailsSayingTheRightOne() {
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("window:allow-title")))
            .withMessageEndingWith("plugin 'window' is built in: its permissions are named core:window:<permission>");
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("core:store:default")))
            .withMessageEndingWith("plugin 'store' is not built in: its permissions are named store:<permission>");
        assertThatExceptionOfType(UnknownPermissionException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("default")))
            .withMessageContaining("unknown permission 'default': expected core:default");
    }

    @Test
    void setsThatIncludeEachOtherFailNamingTheCycle() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> compile(capability("main").windows("main").permissions("store:loop-a")))
            .withMessage("capability 'main' (code): permission sets include each other: store:loop-a -> store:loop-b "
                    + "-> store:loop-a");
    }

    @Test
    void twoCapabilitiesWithOneIdentifierFailNamingBothSources() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> compile(
                    capability("main").windows("main").commands("*").source("tauri.app.security.capabilities[0]"),
                    capability("main").windows("main").permissions("core:default")
                        .source("classpath:capabilities/main.json")))
            .withMessage("Two capabilities are named 'main': one in tauri.app.security.capabilities[0] and one in "
                    + "classpath:capabilities/main.json; capability identifiers must be unique");
    }

    @Test
    void aPluginWhoseDefaultsNameAMissingCommandFails() {
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> PluginPermissions.of(dev.jtauri.plugin.TauriPlugin.builder("clock").commands(new Object())
                .defaults("now").build(), List.of("plugin:clock|today")))
            .withMessage("Plugin 'clock' lists 'now' in its default permission set, but it has no command 'now'");
    }

    @Test
    void permissionIdentifiersUseTheCommandInKebabCase() {
        PluginPermissions window = TestPlugins.window();
        assertThat(window.allowPermission(SET_TITLE)).isEqualTo("core:window:allow-set-title");
        assertThat(window.denyPermission(SET_TITLE)).isEqualTo("core:window:deny-set-title");
        assertThat(window.command("set-title")).contains(SET_TITLE);
        assertThat(TestPlugins.store().allowPermission(GET)).isEqualTo("store:allow-get");
    }

    private static Capability.Builder capability(String identifier) {
        return Capability.builder(identifier);
    }

    private static Authority compile(Capability.Builder... capabilities) {
        return Authority.compile(List.of(capabilities).stream().map(Capability.Builder::build).toList(),
                TestPlugins.all(), "linux");
    }
}
