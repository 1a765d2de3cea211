package dev.jtauri.runtime;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.jtauri.event.EventPluginCommands;

/**
 * Which window may call which command: Tauri's capabilities, reduced to their core. With none
 * defined every window may call every command. With some, a command runs only if a capability
 * lists both the calling window and the command. Names and labels may use {@code *} as a
 * wildcard. The event plugin's commands ({@link EventPluginCommands#COMMANDS}) are always
 * allowed: without them a page cannot even listen.
 */
public final class Capabilities {

    private static final Capabilities ALLOW_ALL = new Capabilities(List.of());

    private final List<Compiled> capabilities;

    private Capabilities(List<Capability> capabilities) {
        this.capabilities = capabilities.stream().map(Compiled::of).toList();
    }

    /**
     * No restriction.
     * @return capabilities that allow everything
     */
    public static Capabilities allowAll() {
        return ALLOW_ALL;
    }

    /**
     * Only what the given capabilities allow; everything when the list is empty.
     * @param capabilities the capabilities
     * @return the capabilities
     */
    public static Capabilities of(List<Capability> capabilities) {
        return capabilities.isEmpty() ? ALLOW_ALL : new Capabilities(capabilities);
    }

    /**
     * Whether a window may call a command.
     * @param window the calling page's label
     * @param command the command's name
     * @return true when allowed
     */
    public boolean allows(String window, String command) {
        if (this.capabilities.isEmpty() || EventPluginCommands.COMMANDS.contains(command)) {
            return true;
        }
        return this.capabilities.stream().anyMatch((capability) -> capability.allows(window, command));
    }

    /**
     * A set of commands some windows may call.
     *
     * @param identifier its name, as in a Tauri capability file
     * @param windows window labels, {@code *} wildcards allowed
     * @param commands command names, {@code *} wildcards allowed
     */
    public record Capability(String identifier, List<String> windows, List<String> commands) {

        public Capability {
            Objects.requireNonNull(identifier, "identifier");
            windows = List.copyOf(windows);
            commands = List.copyOf(commands);
        }
    }

    /** A capability with its patterns compiled once. */
    private record Compiled(List<Pattern> windows, List<Pattern> commands) {

        static Compiled of(Capability capability) {
            return new Compiled(capability.windows().stream().map(Compiled::glob).toList(),
                    capability.commands().stream().map(Compiled::glob).toList());
        }

        boolean allows(String window, String command) {
            return matchesAny(this.windows, window) && matchesAny(this.commands, command);
        }

        private static boolean matchesAny(List<Pattern> patterns, String value) {
            return patterns.stream().anyMatch((pattern) -> pattern.matcher(value).matches());
        }

        /** {@code *} matches anything; everything else matches itself. */
        private static Pattern glob(String pattern) {
            StringBuilder regex = new StringBuilder();
            String[] parts = pattern.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append((i > 0) ? ".*" : "").append(Pattern.quote(parts[i]));
            }
            return Pattern.compile(regex.toString());
        }
    }
}
