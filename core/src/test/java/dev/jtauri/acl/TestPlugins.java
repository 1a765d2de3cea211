package dev.jtauri.acl;

import java.util.List;
import java.util.stream.Stream;

import dev.jtauri.command.CommandRegistry;
import dev.jtauri.plugin.TauriPlugin;

/**
 * Plugins' permissions as the runtime computes them when it registers the plugins: two built-in
 * plugins and one of the app's, with sets.
 */
final class TestPlugins {

    static final String SET_TITLE = "plugin:window|set_title";

    static final String TITLE = "plugin:window|title";

    static final String CLOSE = "plugin:window|close";

    static final String LISTEN = "plugin:event|listen";

    static final String GET = "plugin:store|get";

    static final String SET = "plugin:store|set";

    static final String DELETE = "plugin:store|delete";

    private TestPlugins() {
    }

    static List<PluginPermissions> all() {
        return List.of(event(), window(), store());
    }

    static PluginPermissions event() {
        return permissions(TauriPlugin.builder("event").builtIn().commands(new Object()).defaults("listen", "emit")
            .build(), "listen", "emit");
    }

    static PluginPermissions window() {
        return permissions(TauriPlugin.builder("window").builtIn().commands(new Object()).defaults("title")
            .permissionSet("manage", "Set the title and close", "allow-set-title", "core:window:allow-close")
            .build(), "title", "set_title", "close");
    }

    static PluginPermissions store() {
        return permissions(TauriPlugin.builder("store").commands(new Object()).defaults("get")
            .permissionSet("read", "Read entries", "allow-get")
            .permissionSet("write", "Read and write entries", "read", "allow-set")
            .permissionSet("everything", "Everything but deleting is denied", "store:write", "deny-delete")
            .permissionSet("loop-a", "Includes loop-b", "loop-b")
            .permissionSet("loop-b", "Includes loop-a", "store:loop-a")
            .permissionSet("broken", "Names a command the plugin lacks", "allow-wipe")
            .build(), "get", "set", "delete");
    }

    private static PluginPermissions permissions(TauriPlugin plugin, String... commands) {
        return PluginPermissions.of(plugin,
                Stream.of(commands).map((command) -> CommandRegistry.pluginCommand(plugin.name(), command)).toList());
    }
}
