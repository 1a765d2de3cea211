package dev.jtauri.plugin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.jtauri.TauriCommand;
import org.jspecify.annotations.Nullable;

/**
 * A plugin: a bean whose {@link TauriCommand @TauriCommand} methods are the commands
 * {@code plugin:<name>|<command>}, as {@code @tauri-apps/api} and Tauri's guest packages invoke
 * them, and the permissions that grant them, by Tauri's identifiers.
 *
 * <p>Every command gets an {@code allow-<command>} and a {@code deny-<command>} permission
 * (kebab case, under {@code core:<name>:} for a built-in plugin and {@code <name>:} for any
 * other); the {@code default} set allows the commands named by {@link Builder#defaults}. Further
 * sets group permissions under a name of their own, such as the fs plugin's {@code read-all}.
 *
 * <pre>{@code
 * TauriPlugin.builder("store")
 *     .commands(new StoreCommands(...))
 *     .defaults("load", "get", "set")
 *     .build();
 * }</pre>
 */
public final class TauriPlugin {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String name;

    private final boolean builtIn;

    private final Object commands;

    private final Set<String> defaults;

    private final Map<String, PermissionSet> sets;

    private TauriPlugin(Builder builder) {
        this.name = builder.name;
        this.builtIn = builder.builtIn;
        this.commands = Objects.requireNonNull(builder.commands, () -> "plugin '" + builder.name + "' has no commands");
        this.defaults = Set.copyOf(builder.defaults);
        this.sets = Map.copyOf(builder.sets);
    }

    /**
     * Start describing a plugin.
     * @param name its name in kebab case, such as {@code window} or {@code window-state}
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The plugin's name: its commands are {@code plugin:<name>|<command>}.
     * @return the name
     */
    public String name() {
        return this.name;
    }

    /**
     * Whether it is one of Tauri's built-in plugins, whose permissions start with {@code core:}.
     * @return true for a built-in plugin
     */
    public boolean builtIn() {
        return this.builtIn;
    }

    /**
     * The prefix of its permissions' identifiers: {@code core:window} or {@code store}.
     * @return the prefix
     */
    public String permissionPrefix() {
        return this.builtIn ? "core:" + this.name : this.name;
    }

    /**
     * The bean whose {@link TauriCommand @TauriCommand} methods are its commands.
     * @return the bean
     */
    public Object commands() {
        return this.commands;
    }

    /**
     * The commands its {@code default} permission set allows, by their command names.
     * @return the commands
     */
    public Set<String> defaults() {
        return this.defaults;
    }

    /**
     * Its named permission sets beside {@code default}, by name.
     * @return the sets
     */
    public Map<String, PermissionSet> permissionSets() {
        return this.sets;
    }

    @Override
    public String toString() {
        return "TauriPlugin[" + permissionPrefix() + "]";
    }

    /**
     * A named group of permissions.
     *
     * @param description what it grants, for messages and documentation
     * @param permissions identifiers of the permissions it includes: relative to the plugin
     * ({@code allow-read}) or absolute ({@code core:window:allow-title})
     */
    public record PermissionSet(String description, List<String> permissions) {

        public PermissionSet {
            Objects.requireNonNull(description, "description");
            permissions = List.copyOf(permissions);
        }
    }

    /**
     * Describes a {@link TauriPlugin}.
     */
    public static final class Builder {

        private final String name;

        private boolean builtIn;

        private @Nullable Object commands;

        private final Set<String> defaults = new LinkedHashSet<>();

        private final Map<String, PermissionSet> sets = new LinkedHashMap<>();

        private Builder(String name) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Plugin name '" + name + "' is not valid: use lower-case letters, "
                        + "digits and single hyphens, such as 'window-state'");
            }
            this.name = name;
        }

        /**
         * Mark it as one of Tauri's built-in plugins: its permissions start with {@code core:}
         * and {@code core:default} includes its {@code default} set.
         * @return this builder
         */
        public Builder builtIn() {
            this.builtIn = true;
            return this;
        }

        /**
         * The bean whose {@link TauriCommand @TauriCommand} methods are its commands.
         * @param commands the bean
         * @return this builder
         */
        public Builder commands(Object commands) {
            this.commands = Objects.requireNonNull(commands, "commands");
            return this;
        }

        /**
         * Commands the plugin's {@code default} permission set allows, by command name (such as
         * {@code set_title}).
         * @param commands the command names
         * @return this builder
         */
        public Builder defaults(String... commands) {
            this.defaults.addAll(Arrays.asList(commands));
            return this;
        }

        /**
         * Add a named permission set.
         * @param name its name in kebab case, such as {@code read-all}
         * @param description what it grants
         * @param permissions the identifiers it includes
         * @return this builder
         */
        public Builder permissionSet(String name, String description, String... permissions) {
            if (!NAME.matcher(name).matches() || "default".equals(name) || name.startsWith("allow-")
                    || name.startsWith("deny-")) {
                throw new IllegalArgumentException("Permission set name '" + name + "' of plugin '" + this.name
                        + "' is not valid: use kebab case, not 'default' and not starting with allow- or deny-");
            }
            this.sets.put(name, new PermissionSet(description, List.of(permissions)));
            return this;
        }

        /**
         * Build the plugin.
         * @return the plugin
         */
        public TauriPlugin build() {
            return new TauriPlugin(this);
        }
    }
}
