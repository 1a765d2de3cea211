package dev.jtauri.acl;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.jtauri.command.CommandRegistry;
import dev.jtauri.plugin.TauriPlugin;

/**
 * A registered plugin's permissions: its {@code allow-<command>} and {@code deny-<command>}
 * permissions, one pair per command it serves (in kebab case: command {@code set_title}, slug
 * {@code set-title}), its {@code default} set and its named sets. Made when the runtime registers
 * the plugin, from the commands it actually serves.
 */
public final class PluginPermissions {

    private final TauriPlugin plugin;

    private final Map<String, String> commandsBySlug = new LinkedHashMap<>();

    private final Set<String> defaults = new LinkedHashSet<>();

    private PluginPermissions(TauriPlugin plugin, Collection<String> commands) {
        this.plugin = plugin;
        String prefix = CommandRegistry.pluginCommand(plugin.name(), "");
        for (String command : commands) {
            if (!command.startsWith(prefix)) {
                throw new IllegalArgumentException("Command '" + command + "' is not one of plugin '" + plugin.name()
                        + "', whose commands are named " + prefix + "<command>");
            }
            this.commandsBySlug.put(slug(command.substring(prefix.length())), command);
        }
        for (String name : plugin.defaults()) {
            String command = CommandRegistry.pluginCommand(plugin.name(), name);
            if (!commands.contains(command)) {
                throw new IllegalStateException("Plugin '" + plugin.name() + "' lists '" + name
                        + "' in its default permission set, but it has no command '" + name + "'");
            }
            this.defaults.add(command);
        }
    }

    /**
     * The permissions of a plugin.
     * @param plugin the plugin
     * @param commands the names of the commands it serves, as registered:
     * {@code plugin:<name>|<command>}
     * @return its permissions
     * @throws IllegalStateException when its {@code default} set names a command it does not serve
     */
    public static PluginPermissions of(TauriPlugin plugin, Collection<String> commands) {
        return new PluginPermissions(plugin, commands);
    }

    /**
     * The kebab-case slug of a command in its permissions' identifiers.
     * @param command the command's name within its plugin, such as {@code set_title}
     * @return the slug, such as {@code set-title}
     */
    public static String slug(String command) {
        return command.replace('_', '-');
    }

    /**
     * The plugin.
     * @return the plugin
     */
    public TauriPlugin plugin() {
        return this.plugin;
    }

    /**
     * The full names of its commands, such as {@code plugin:window|set_title}.
     * @return the commands
     */
    public Collection<String> commands() {
        return this.commandsBySlug.values();
    }

    /**
     * The commands its {@code default} set allows, by full name.
     * @return the commands
     */
    public Set<String> defaults() {
        return this.defaults;
    }

    /**
     * The command a permission slug stands for.
     * @param slug such as {@code set-title}
     * @return the full command name, such as {@code plugin:window|set_title}, if it has one
     */
    public Optional<String> command(String slug) {
        return Optional.ofNullable(this.commandsBySlug.get(slug));
    }

    /**
     * The identifier of the permission that allows one of its commands.
     * @param command the full command name
     * @return such as {@code core:window:allow-set-title}
     */
    public String allowPermission(String command) {
        return permission("allow-", command);
    }

    /**
     * The identifier of the permission that denies one of its commands.
     * @param command the full command name
     * @return such as {@code core:window:deny-set-title}
     */
    public String denyPermission(String command) {
        return permission("deny-", command);
    }

    private String permission(String kind, String command) {
        String name = command.substring(CommandRegistry.pluginCommand(this.plugin.name(), "").length());
        return this.plugin.permissionPrefix() + ":" + kind + slug(name);
    }

    @Override
    public String toString() {
        return "PluginPermissions[" + this.plugin.permissionPrefix() + ", " + this.commandsBySlug.size()
                + " commands]";
    }
}
