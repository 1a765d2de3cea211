package dev.jtauri.acl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Tauri's capability files (JSON): one capability object, an array of them, or
 * {@code {"capabilities": [...]}}. Strict, so that a typo cannot silently grant or withhold
 * anything: an unknown key or a value of the wrong type fails, naming the file and the key.
 * {@code $schema} is accepted and ignored. {@code remote} is read as Tauri's (an object whose
 * {@code urls} are URLPattern strings, see {@link RemoteUrlPattern}) and checked, but grants
 * nothing: jtauri gives IPC only to the app's own pages.
 *
 * <pre>{@code
 * {
 *   "identifier": "main-capability",
 *   "windows": ["main", "settings-*"],
 *   "permissions": ["core:default", "core:window:allow-set-title",
 *       {"identifier": "fs:allow-read", "allow": [{"path": "$APPDATA/**"}]}],
 *   "platforms": ["linux", "macOS", "windows"]
 * }
 * }</pre>
 */
public final class CapabilityFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> CAPABILITY_KEYS = Set.of("$schema", "identifier", "description", "local",
            "windows", "webviews", "permissions", "platforms", "remote");

    private static final Set<String> PERMISSION_KEYS = Set.of("identifier", "allow", "deny");

    private CapabilityFiles() {
    }

    /**
     * Read the capabilities of a file.
     * @param json the file's content
     * @param source the file's name, for messages and {@link Capability#source()}
     * @return its capabilities, in file order
     * @throws CapabilityException when the file is not valid JSON or not a valid capability file
     */
    public static List<Capability> parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        }
        catch (JacksonException ex) {
            throw new CapabilityException(source + " is not valid JSON: " + ex.getOriginalMessage()
                    + locationOf(ex), ex);
        }
        return read(root, source);
    }

    /**
     * Read the capabilities of a file.
     * @param json the file's content; not closed
     * @param source the file's name, for messages and {@link Capability#source()}
     * @return its capabilities, in file order
     * @throws CapabilityException when the file cannot be read or is not a valid capability file
     */
    public static List<Capability> parse(InputStream json, String source) {
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8), source);
        }
        catch (IOException ex) {
            throw new CapabilityException(source + " could not be read: " + ex.getMessage(), ex);
        }
    }

    private static List<Capability> read(JsonNode root, String source) {
        if (root == null || root.isMissingNode()) {
            throw new CapabilityException(source + " is empty: expected a capability, an array of capabilities or "
                    + "{\"capabilities\": [...]}");
        }
        if (root.isArray()) {
            return readAll(root, source, "");
        }
        if (root.isObject() && !root.has("identifier") && root.has("capabilities")) {
            if (root.size() > 1) {
                String other = root.propertyNames().stream().filter((name) -> !"capabilities".equals(name))
                    .findFirst().orElseThrow();
                throw new CapabilityException(source + ": unknown key '" + other + "' beside 'capabilities'");
            }
            JsonNode list = root.get("capabilities");
            if (!list.isArray()) {
                throw new CapabilityException(source + ": 'capabilities' must be an array of capabilities, was "
                        + kind(list));
            }
            return readAll(list, source, "capabilities");
        }
        if (root.isObject()) {
            return List.of(capability(root, source, null));
        }
        throw new CapabilityException(source + ": expected a capability object, an array of capabilities or "
                + "{\"capabilities\": [...]}, was " + kind(root));
    }

    private static List<Capability> readAll(JsonNode array, String source, String path) {
        List<Capability> capabilities = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            capabilities.add(capability(array.get(i), source, path + "[" + i + "]"));
        }
        return capabilities;
    }

    private static Capability capability(JsonNode node, String source, @Nullable String path) {
        String where = (path != null) ? source + " " + path : source;
        if (!node.isObject()) {
            throw new CapabilityException(where + ": a capability must be an object, was " + kind(node));
        }
        JsonNode identifierNode = node.get("identifier");
        if (identifierNode == null) {
            throw new CapabilityException(where + ": the capability has no 'identifier'");
        }
        String identifier = string(identifierNode, where, "identifier");
        where = source + " capability '" + identifier + "'";
        for (String key : node.propertyNames()) {
            if (!CAPABILITY_KEYS.contains(key)) {
                throw new CapabilityException(where + ": unknown key '" + key + "'" + hint(key) + "; a capability has "
                        + "identifier, description, local, windows, webviews, permissions, platforms, remote");
            }
        }
        if (!node.has("permissions")) {
            throw new CapabilityException(where + ": the capability has no 'permissions'");
        }
        Capability.Builder capability = Capability.builder(identifier)
            .remoteUrls(remoteUrls(node.get("remote"), where))
            .description(node.has("description") ? string(node.get("description"), where, "description") : "")
            .local(!node.has("local") || bool(node.get("local"), where, "local"))
            .windows(strings(node.get("windows"), where, "windows"))
            .webviews(strings(node.get("webviews"), where, "webviews"))
            .platforms(strings(node.get("platforms"), where, "platforms"))
            .source(source);
        permissions(node.get("permissions"), where).forEach(capability::permission);
        return capability.build();
    }

    /** Tauri's {@code remote}: {@code {"urls": [...]}}, nothing else. */
    private static List<String> remoteUrls(@Nullable JsonNode node, String where) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new CapabilityException(where + ": 'remote' must be an object {\"urls\": [...]}, was " + kind(node));
        }
        for (String key : node.propertyNames()) {
            if (!key.equals("urls")) {
                throw new CapabilityException(where + ": remote: unknown key '" + key + "'; remote has urls");
            }
        }
        if (!node.has("urls")) {
            throw new CapabilityException(where + ": 'remote' has no 'urls'");
        }
        return strings(node.get("urls"), where, "remote.urls");
    }

    private static List<PermissionEntry> permissions(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new CapabilityException(where + ": 'permissions' must be an array, was " + kind(node));
        }
        List<PermissionEntry> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String field = "permissions[" + i + "]";
            if (entry.isString()) {
                entries.add(PermissionEntry.of(entry.stringValue()));
            }
            else if (entry.isObject()) {
                for (String key : entry.propertyNames()) {
                    if (!PERMISSION_KEYS.contains(key)) {
                        throw new CapabilityException(where + ": " + field + ": unknown key '" + key
                                + "'; a permission entry has identifier, allow, deny");
                    }
                }
                if (!entry.has("identifier")) {
                    throw new CapabilityException(where + ": " + field + " has no 'identifier'");
                }
                entries.add(new PermissionEntry(string(entry.get("identifier"), where, field + ".identifier"),
                        values(entry.get("allow"), where, field + ".allow"),
                        values(entry.get("deny"), where, field + ".deny")));
            }
            else {
                throw new CapabilityException(where + ": " + field + " must be a permission identifier or an object "
                        + "{\"identifier\": ..., \"allow\": [...], \"deny\": [...]}, was " + kind(entry));
            }
        }
        return entries;
    }

    private static String string(JsonNode node, String where, String field) {
        if (!node.isString()) {
            throw new CapabilityException(where + ": '" + field + "' must be a string, was " + kind(node));
        }
        return node.stringValue();
    }

    private static boolean bool(JsonNode node, String where, String field) {
        if (!node.isBoolean()) {
            throw new CapabilityException(where + ": '" + field + "' must be true or false, was " + kind(node));
        }
        return node.booleanValue();
    }

    private static List<String> strings(@Nullable JsonNode node, String where, String field) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new CapabilityException(where + ": '" + field + "' must be an array of strings, was " + kind(node));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(string(node.get(i), where, field + "[" + i + "]"));
        }
        return values;
    }

    private static List<JsonNode> values(@Nullable JsonNode node, String where, String field) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new CapabilityException(where + ": '" + field + "' must be an array of scope values, was "
                    + kind(node));
        }
        return List.copyOf(node.values());
    }

    private static String hint(String key) {
        return Map.of("commands", " (the app's own commands are restricted with "
                + "tauri.app.security.capabilities[n].commands)",
                "window", " (did you mean 'windows'?)",
                "permission", " (did you mean 'permissions'?)",
                "platform", " (did you mean 'platforms'?)")
            .getOrDefault(key, "");
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String locationOf(JacksonException ex) {
        return (ex.getLocation() != null)
                ? " (at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
    }
}
