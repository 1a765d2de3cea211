package dev.jtauri.acl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.jtauri.plugin.TauriPlugin.PermissionSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves Tauri's permission identifiers against the registered plugins: {@code core:default},
 * {@code core:<plugin>:default}, {@code core:<plugin>:allow-<command>} and {@code deny-} for
 * built-in plugins, the same without {@code core:} for the others, and named sets, which may
 * include other sets by relative ({@code allow-read}) or absolute identifiers. Not thread-safe:
 * used while the authority is compiled.
 */
final class Permissions {

    private static final String CORE = "core:";

    private static final String CORE_DEFAULT = "core:default";

    private final Map<String, PluginPermissions> plugins = new LinkedHashMap<>();

    private final Map<String, Grant> resolved = new HashMap<>();

    Permissions(List<PluginPermissions> plugins) {
        plugins.forEach((plugin) -> this.plugins.put(plugin.plugin().name(), plugin));
    }

    /**
     * What an identifier grants.
     * @throws UnknownPermissionException when it names no permission
     * @throws CapabilityException when sets include each other
     */
    Grant resolve(String identifier) {
        return resolve(identifier, new LinkedHashSet<>());
    }

    private Grant resolve(String identifier, LinkedHashSet<String> including) {
        Grant grant = this.resolved.get(identifier);
        if (grant == null) {
            if (!including.add(identifier)) {
                List<String> cycle = new ArrayList<>(including);
                cycle = cycle.subList(cycle.indexOf(identifier), cycle.size());
                throw new CapabilityException("permission sets include each other: " + String.join(" -> ", cycle)
                        + " -> " + identifier);
            }
            grant = resolveNew(identifier, including);
            including.remove(identifier);
            this.resolved.put(identifier, grant);
        }
        return grant;
    }

    private Grant resolveNew(String identifier, LinkedHashSet<String> including) {
        if (CORE_DEFAULT.equals(identifier)) {
            Grant grant = Grant.NONE;
            for (PluginPermissions plugin : this.plugins.values()) {
                if (plugin.plugin().builtIn()) {
                    grant = grant.plus(resolve(plugin.plugin().permissionPrefix() + ":default", including));
                }
            }
            return grant;
        }
        boolean core = identifier.startsWith(CORE);
        String rest = core ? identifier.substring(CORE.length()) : identifier;
        int colon = rest.indexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            throw unknown(identifier, including, null, "expected core:default, core:<plugin>:<permission> for a "
                    + "built-in plugin or <plugin>:<permission> for another");
        }
        String name = rest.substring(0, colon);
        String permission = rest.substring(colon + 1);
        PluginPermissions plugin = this.plugins.get(name);
        if (plugin == null) {
            throw unknown(identifier, including, name, "no plugin '" + name + "' is registered");
        }
        if (plugin.plugin().builtIn() != core) {
            throw unknown(identifier, including, null, "plugin '" + name + "' is " + (core ? "not " : "")
                    + "built in: its permissions are named " + plugin.plugin().permissionPrefix() + ":<permission>");
        }
        if ("default".equals(permission)) {
            return new Grant(plugin.defaults(), Map.of());
        }
        if (permission.startsWith("allow-") || permission.startsWith("deny-")) {
            boolean allow = permission.startsWith("allow-");
            String slug = permission.substring(permission.indexOf('-') + 1);
            String command = plugin.command(slug).orElseThrow(() -> unknown(identifier, including, null,
                    "plugin '" + name + "' has no command '" + slug.replace('-', '_') + "'"));
            return allow ? new Grant(Set.of(command), Map.of())
                    : new Grant(Set.of(), Map.of(command, plugin.denyPermission(command)));
        }
        PermissionSet set = plugin.plugin().permissionSets().get(permission);
        if (set == null) {
            throw unknown(identifier, including, null, "plugin '" + name + "' has no permission or set '"
                    + permission + "'");
        }
        Grant grant = Grant.NONE;
        for (String member : set.permissions()) {
            String absolute = member.contains(":") ? member : plugin.plugin().permissionPrefix() + ":" + member;
            grant = grant.plus(resolve(absolute, including));
        }
        return grant;
    }

    private static UnknownPermissionException unknown(String identifier, LinkedHashSet<String> including,
            @Nullable String missingPlugin, String reason) {
        List<String> sets = new ArrayList<>(including);
        sets.remove(identifier);
        String context = sets.isEmpty() ? "" : " (included by " + String.join(" in ", reversed(sets)) + ")";
        return new UnknownPermissionException("unknown permission '" + identifier + "'" + context + ": " + reason,
                identifier, missingPlugin);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
