package dev.jtauri.acl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CapabilityFilesTests {

    private static final String SOURCE = "classpath:capabilities/main.json";

    @Test
    void aFileWithOneCapabilityGivesItWithEveryField() {
        List<Capability> capabilities = CapabilityFiles.parse("""
                {
                  "$schema": "../gen/schemas/desktop-schema.json",
                  "identifier": "main-capability",
                  "description": "The main window",
                  "local": true,
                  "windows": ["main", "settings-*"],
                  "webviews": ["preview"],
                  "permissions": ["core:default", "core:window:allow-set-title"],
                  "platforms": ["linux", "macOS", "windows"]
                }
                """, SOURCE);
        assertThat(capabilities).singleElement().satisfies((capability) -> {
            assertThat(capability.identifier()).isEqualTo("main-capability");
            assertThat(capability.description()).isEqualTo("The main window");
            assertThat(capability.local()).isTrue();
            assertThat(capability.windows()).containsExactly("main", "settings-*");
            assertThat(capability.webviews()).containsExactly("preview");
            assertThat(capability.permissions()).containsExactly(PermissionEntry.of("core:default"),
                    PermissionEntry.of("core:window:allow-set-title"));
            assertThat(capability.platforms()).containsExactly("linux", "macOS", "windows");
            assertThat(capability.commands()).isEmpty();
            assertThat(capability.source()).isEqualTo(SOURCE);
        });
    }

    @Test
    void aFileWithAnArrayGivesEachCapability() {
        List<Capability> capabilities = CapabilityFiles.parse("""
                [{"identifier": "one", "windows": ["a"], "permissions": []},
                 {"identifier": "two", "windows": ["b"], "permissions": ["core:default"], "local": false}]
                """, SOURCE);
        assertThat(capabilities).extracting(Capability::identifier).containsExactly("one", "two");
        assertThat(capabilities.get(1).local()).isFalse();
    }

    @Test
    void aFileWithNamedListGivesEachCapability() {
        List<Capability> capabilities = CapabilityFiles.parse("""
                {"capabilities": [{"identifier": "one", "windows": ["a"], "permissions": ["core:default"]}]}
                """, SOURCE);
        assertThat(capabilities).extracting(Capability::identifier).containsExactly("one");
    }

    @Test
    void aPermissionObjectKeepsItsScopeValues() {
        Capability capability = CapabilityFiles.parse("""
                {"identifier": "files", "windows": ["main"], "permissions": [
                  {"identifier": "fs:allow-read", "allow": [{"path": "$APPDATA/**"}], "deny": [{"path": "$APPDATA/secret"}]},
                  {"identifier": "fs:allow-write"}
                ]}
                """, SOURCE).get(0);
        PermissionEntry read = capability.permissions().get(0);
        assertThat(read.identifier()).isEqualTo("fs:allow-read");
        assertThat(read.allow()).singleElement().satisfies((value) ->
                assertThat(value.get("path").stringValue()).isEqualTo("$APPDATA/**"));
        assertThat(read.deny()).singleElement().satisfies((value) ->
                assertThat(value.get("path").stringValue()).isEqualTo("$APPDATA/secret"));
        assertThat(capability.permissions().get(1)).isEqualTo(PermissionEntry.of("fs:allow-write"));
    }

    @Test
    void remoteUrlsAreReadAsUrlPatterns() {
        Capability capability = CapabilityFiles.parse("""
                {"identifier": "web", "windows": ["main"], "permissions": [],
                 "remote": {"urls": ["https://*.example.com", "https://example.com/api/*"]}}
                """, SOURCE).get(0);
        assertThat(capability.remoteUrls()).extracting(RemoteUrlPattern::toString)
            .containsExactly("https://*.example.com", "https://example.com/api/*");
        assertThat(capability.local()).as("Tauri's default").isTrue();
    }

    @Test
    void aRemoteUrlJtauriDoesNotReadFailsNamingTheFileTheCapabilityAndThePattern() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "web", "windows": ["main"], "permissions": [],
                     "remote": {"urls": ["https://example.com/books/:id"]}}
                    """, SOURCE))
            .withMessageStartingWith("capability 'web' (" + SOURCE + "): remote.urls: 'https://example.com/books/:id' "
                    + "is not a URL pattern jtauri reads: jtauri reads URLPattern's * wildcards, not its named groups");
    }

    @Test
    void aRemoteThatIsNotTaurisFailsNamingTheKey() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "web", "windows": ["main"], "permissions": [], "remote": {"url": ["https://x.dev"]}}
                    """, SOURCE))
            .withMessage(SOURCE + " capability 'web': remote: unknown key 'url'; remote has urls");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "web", "windows": ["main"], "permissions": [], "remote": ["https://x.dev"]}
                    """, SOURCE))
            .withMessageContaining("'remote' must be an object {\"urls\": [...]}, was an array");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "web", "windows": ["main"], "permissions": [], "remote": {"urls": "https://x.dev"}}
                    """, SOURCE))
            .withMessageContaining("'remote.urls' must be an array of strings, was a string");
    }

    @Test
    void aStreamIsReadAsUtf8() {
        byte[] json = "{\"identifier\": \"é\", \"windows\": [\"main\"], \"permissions\": []}"
            .getBytes(StandardCharsets.UTF_8);
        assertThat(CapabilityFiles.parse(new ByteArrayInputStream(json), SOURCE).get(0).identifier()).isEqualTo("é");
    }

    @Test
    void anUnknownKeyFailsNamingTheFileTheCapabilityAndTheKey() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "window": ["main"], "permissions": []}
                    """, SOURCE))
            .withMessageStartingWith(SOURCE + " capability 'main': unknown key 'window' (did you mean 'windows'?)");
    }

    @Test
    void appCommandsInAFileFailSayingWhereTheyBelong() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": ["main"], "permissions": [], "commands": ["greet"]}
                    """, SOURCE))
            .withMessageContaining("unknown key 'commands'")
            .withMessageContaining("tauri.app.security.capabilities[n].commands");
    }

    @Test
    void anUnknownKeyInAPermissionObjectFailsNamingTheEntry() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": ["main"], "permissions": [{"identifier": "fs:allow-read", "allows": []}]}
                    """, SOURCE))
            .withMessage(SOURCE + " capability 'main': permissions[0]: unknown key 'allows'; a permission entry has "
                    + "identifier, allow, deny");
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingTheField() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": "main", "permissions": []}
                    """, SOURCE))
            .withMessage(SOURCE + " capability 'main': 'windows' must be an array of strings, was a string");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": ["main"], "permissions": [42]}
                    """, SOURCE))
            .withMessageStartingWith(SOURCE + " capability 'main': permissions[0] must be a permission identifier");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": ["main"], "permissions": [], "local": "yes"}
                    """, SOURCE))
            .withMessage(SOURCE + " capability 'main': 'local' must be true or false, was a string");
    }

    @Test
    void aCapabilityWithoutIdentifierOrPermissionsFails() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("[{\"windows\": [\"main\"], \"permissions\": []}]", SOURCE))
            .withMessage(SOURCE + " [0]: the capability has no 'identifier'");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("{\"identifier\": \"main\", \"windows\": [\"main\"]}", SOURCE))
            .withMessage(SOURCE + " capability 'main': the capability has no 'permissions'");
    }

    @Test
    void anUnknownPlatformFailsNamingIt() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("""
                    {"identifier": "main", "windows": ["main"], "permissions": [], "platforms": ["mac"]}
                    """, SOURCE))
            .withMessage("capability 'main' (" + SOURCE + "): platform 'mac' is not one of linux, macOS, windows, "
                    + "iOS, android");
    }

    @Test
    void malformedJsonFailsNamingTheFileAndThePlace() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("{\"identifier\": \"main\",\n  \"windows\": [\"main\"", SOURCE))
            .withMessageStartingWith(SOURCE + " is not valid JSON: ")
            .withMessageContaining("line 2");
    }

    @Test
    void somethingElseThanACapabilityFails() {
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("\"core:default\"", SOURCE))
            .withMessage(SOURCE + ": expected a capability object, an array of capabilities or "
                    + "{\"capabilities\": [...]}, was a string");
        assertThatExceptionOfType(CapabilityException.class)
            .isThrownBy(() -> CapabilityFiles.parse("", SOURCE))
            .withMessageStartingWith(SOURCE + " is empty");
    }
}
