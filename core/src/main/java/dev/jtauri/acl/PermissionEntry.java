package dev.jtauri.acl;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a capability's {@code permissions}: a permission's identifier, with the scope
 * values that entry adds, as Tauri's object form {@code {"identifier": "fs:allow-read",
 * "allow": [{"path": "$APPDATA/**"}], "deny": [...]}} gives them. The values stay JSON: what
 * they mean is the business of the plugin whose commands read them (see
 * {@link Authority#scopes}).
 *
 * @param identifier the permission, such as {@code core:window:allow-set-title} or
 * {@code fs:default}
 * @param allow scope values the entry allows; empty for the plain string form
 * @param deny scope values the entry denies; empty for the plain string form
 */
public record PermissionEntry(String identifier, List<JsonNode> allow, List<JsonNode> deny) {

    public PermissionEntry {
        Objects.requireNonNull(identifier, "identifier");
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    /**
     * A permission without scope values: the string form.
     * @param identifier the permission
     * @return the entry
     */
    public static PermissionEntry of(String identifier) {
        return new PermissionEntry(identifier, List.of(), List.of());
    }

    /**
     * Whether the entry carries scope values.
     * @return true when it allows or denies any value
     */
    public boolean hasScopes() {
        return !this.allow.isEmpty() || !this.deny.isEmpty();
    }
}
