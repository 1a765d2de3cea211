package dev.jtauri.acl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which window may call which command, by Tauri's rules, compiled once from the capabilities and
 * the registered plugins' permissions and asked on every invoke.
 *
 * <ul>
 * <li>A plugin's command ({@code plugin:<plugin>|<command>}) runs when a capability that applies
 * to the calling window allows it and none that applies denies it: a deny wins.</li>
 * <li>The app's own commands are restricted only by {@link Capability#commands()} globs, jtauri's
 * extension. When no capability has any, every window may call every app command, as in Tauri 2,
 * where a capability that grants plugin permissions leaves the app's commands callable. Once one
 * has some, an app command runs only when a capability that applies to the window lists it.</li>
 * <li>With no capability at all, every window gets {@link #defaultCapability()}:
 * {@code core:default}, so {@code @tauri-apps/api}'s getters and events work and its setters are
 * refused naming their permission, as in a fresh Tauri app.</li>
 * </ul>
 *
 * <p>Every identifier resolves when the authority is compiled, or the compilation fails naming
 * the permission, the capability and its source. Each capability's allowed and denied commands
 * are precomputed, and what applies to a window label is merged once per label (and kept: labels
 * are those of the app's pages), so a check of a plugin command is a few hash look-ups. A plugin command that no plugin serves passes the check: the call then fails as
 * an unknown command, and nothing runs.
 */
public final class Authority {

    /** The source of {@link #defaultCapability()}, shown in messages. */
    public static final String DEFAULT_SOURCE = "jtauri's default, used when no capability is configured";

    private static final String PLUGIN_PREFIX = "plugin:";

    private static final Logger logger = LoggerFactory.getLogger(Authority.class);

    private final List<Capability> capabilities;

    private final List<CompiledCapability> compiled;

    /** Every plugin command, with the permission that allows it. */
    private final Map<String, String> allowPermissions;

    private final boolean restrictsAppCommands;

    private final ConcurrentMap<String, WindowGrants> windows = new ConcurrentHashMap<>();

    private Authority(List<Capability> capabilities, List<PluginPermissions> plugins, String platform) {
        this.capabilities = capabilities.isEmpty() ? List.of(defaultCapability()) : List.copyOf(capabilities);
        rejectDuplicates(this.capabilities);
        Permissions permissions = new Permissions(plugins);
        Map<String, String> allowPermissions = new HashMap<>();
        for (PluginPermissions plugin : plugins) {
            plugin.commands().forEach((command) -> allowPermissions.put(command, plugin.allowPermission(command)));
        }
        this.allowPermissions = Map.copyOf(allowPermissions);
        this.compiled = this.capabilities.stream()
            .map((capability) -> CompiledCapability.of(capability, permissions, platform))
            .toList();
        this.restrictsAppCommands = this.capabilities.stream().anyMatch((capability) -> !capability.commands().isEmpty());
    }

    /**
     * Compile the capabilities for the platform this JVM runs on.
     * @param capabilities the capabilities; when empty, {@link #defaultCapability()}
     * @param plugins the registered plugins' permissions
     * @return the authority
     * @throws CapabilityException when an identifier does not resolve (an
     * {@link UnknownPermissionException}), sets include each other, or two capabilities share an
     * identifier
     */
    public static Authority compile(List<Capability> capabilities, List<PluginPermissions> plugins) {
        return compile(capabilities, plugins, currentPlatform());
    }

    /**
     * Compile the capabilities for a platform.
     * @param capabilities the capabilities; when empty, {@link #defaultCapability()}
     * @param plugins the registered plugins' permissions
     * @param platform the platform, one of {@value Capability#PLATFORM_NAMES}
     * @return the authority
     * @throws CapabilityException when an identifier does not resolve (an
     * {@link UnknownPermissionException}), sets include each other, or two capabilities share an
     * identifier
     */
    public static Authority compile(List<Capability> capabilities, List<PluginPermissions> plugins, String platform) {
        return new Authority(capabilities, plugins, platform);
    }

    /**
     * What every window gets when no capability is configured: {@code core:default}.
     * @return the capability
     */
    public static Capability defaultCapability() {
        return Capability.builder("default")
            .description("Tauri's core:default for every window, as no capability is configured")
            .windows("*")
            .permissions("core:default")
            .source(DEFAULT_SOURCE)
            .build();
    }

    /**
     * The platform this JVM runs on, as capabilities name it.
     * @return {@code linux}, {@code macOS}, {@code windows} or {@code android}, else the OS name
     */
    public static String currentPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        if (os.startsWith("mac")) {
            return "macOS";
        }
        if ("dalvik".equalsIgnoreCase(System.getProperty("java.vm.name", ""))) {
            return "android";
        }
        return os.startsWith("linux") ? "linux" : os;
    }

    /**
     * The capabilities in force: the configured ones, or the default.
     * @return the capabilities
     */
    public List<Capability> capabilities() {
        return this.capabilities;
    }

    /**
     * Whether a window may call a command.
     * @param window the calling page's label
     * @param command the command's name, such as {@code greet} or {@code plugin:window|set_title}
     * @return true when allowed
     */
    public boolean allows(String window, String command) {
        return refusal(window, command) == null;
    }

    /**
     * Refuse a call the window may not make.
     * @param window the calling page's label
     * @param command the command's name, such as {@code greet} or {@code plugin:window|set_title}
     * @throws RequestRejectedException ({@link InvokeError.Kind#FORBIDDEN}) naming the command, the
     * window, and the permission the call needs or the one that denies it
     */
    public void check(String window, String command) {
        String refusal = refusal(window, command);
        if (refusal != null) {
            throw new RequestRejectedException(InvokeError.Kind.FORBIDDEN, refusal);
        }
    }

    /**
     * The scope values a window is granted for a plugin command: for plugins whose commands take
     * paths or programs (fs, opener), which check the value they are given against them. Only
     * entries whose permission allows the command count; the call itself is still subject to
     * {@link #check}.
     * @param window the calling page's label
     * @param command the full command name, such as {@code plugin:fs|read_file}
     * @return the values; {@link Scopes#NONE} when there are none
     */
    public Scopes scopes(String window, String command) {
        return grantsFor(window).scopes.getOrDefault(command, Scopes.NONE);
    }

    private @Nullable String refusal(String window, String command) {
        if (command.startsWith(PLUGIN_PREFIX)) {
            String allowPermission = this.allowPermissions.get(command);
            if (allowPermission == null) {
                return null;
            }
            WindowGrants grants = grantsFor(window);
            Denial denial = grants.denied.get(command);
            if (denial != null) {
                return command + " is denied in window '" + window + "' by " + denial.describe();
            }
            if (!grants.allowed.contains(command)) {
                return command + " is not allowed in window '" + window + "': it needs the permission "
                        + allowPermission;
            }
            return null;
        }
        if (this.restrictsAppCommands && !grantsFor(window).allowsAppCommand(command)) {
            return "command '" + command + "' is not allowed in window '" + window
                    + "' (tauri.app.security.capabilities)";
        }
        return null;
    }

    private WindowGrants grantsFor(String window) {
        WindowGrants grants = this.windows.get(window);
        return (grants != null) ? grants : this.windows.computeIfAbsent(window, this::merge);
    }

    private WindowGrants merge(String window) {
        Set<String> allowed = new HashSet<>();
        Map<String, Denial> denied = new HashMap<>();
        List<Glob> appCommands = new ArrayList<>();
        Map<String, List<PermissionEntry>> scoped = new LinkedHashMap<>();
        for (CompiledCapability capability : this.compiled) {
            if (capability.appliesTo(window)) {
                allowed.addAll(capability.allowed);
                capability.denied.forEach(denied::putIfAbsent);
                if (!capability.commands.isEmpty()) {
                    appCommands.add(capability.commands);
                }
                capability.scoped.forEach((command, entries) -> scoped.computeIfAbsent(command,
                        (key) -> new ArrayList<>()).addAll(entries));
            }
        }
        Map<String, Scopes> scopes = new HashMap<>();
        scoped.forEach((command, entries) -> scopes.put(command,
                new Scopes(entries.stream().flatMap((entry) -> entry.allow().stream()).toList(),
                        entries.stream().flatMap((entry) -> entry.deny().stream()).toList())));
        return new WindowGrants(Set.copyOf(allowed), Map.copyOf(denied), List.copyOf(appCommands), Map.copyOf(scopes));
    }

    private static void rejectDuplicates(List<Capability> capabilities) {
        Map<String, Capability> byIdentifier = new HashMap<>();
        for (Capability capability : capabilities) {
            Capability other = byIdentifier.putIfAbsent(capability.identifier(), capability);
            if (other != null) {
                throw new CapabilityException("Two capabilities are named '" + capability.identifier() + "': one in "
                        + other.source() + " and one in " + capability.source() + "; capability identifiers must be "
                        + "unique");
            }
        }
    }

    /** Why a command is denied: the deny permission, the entry that brought it, its capability. */
    private record Denial(String permission, String entry, Capability capability) {

        String describe() {
            String through = permission.equals(entry) ? "" : "through " + entry + ", ";
            return this.permission + " (" + through + "capability '" + this.capability.identifier() + "', "
                    + this.capability.source() + ")";
        }
    }

    /** What applies to one window label, merged from the capabilities that apply to it. */
    private record WindowGrants(Set<String> allowed, Map<String, Denial> denied, List<Glob> appCommands,
            Map<String, Scopes> scopes) {

        boolean allowsAppCommand(String command) {
            for (Glob glob : this.appCommands) {
                if (glob.matches(command)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A capability with its labels and commands compiled and its permissions resolved. */
    private static final class CompiledCapability {

        private final Glob labels;

        private final boolean applies;

        private final Set<String> allowed = new HashSet<>();

        private final Map<String, Denial> denied = new HashMap<>();

        private final Map<String, List<PermissionEntry>> scoped = new LinkedHashMap<>();

        private final Glob commands;

        private CompiledCapability(Capability capability, Permissions permissions, String platform) {
            List<String> labels = new ArrayList<>(capability.windows());
            labels.addAll(capability.webviews());
            this.labels = glob(capability, labels);
            this.commands = glob(capability, capability.commands());
            boolean onPlatform = capability.platforms().isEmpty() || capability.platforms().contains(platform);
            this.applies = capability.local() && onPlatform;
            if (!capability.remoteUrls().isEmpty()) {
                logger.info("{}: remote.urls {} grant nothing: jtauri gives no IPC to remote pages, only to the "
                        + "app's own", capability.describe(), capability.remoteUrls());
            }
            if (!capability.local()) {
                logger.debug("{} is not local: it applies to no page, as jtauri gives IPC to the app's own pages "
                        + "only", capability.describe());
            }
            else if (!onPlatform) {
                logger.debug("{} applies on {} only, not on {}", capability.describe(), capability.platforms(),
                        platform);
            }
            for (PermissionEntry entry : capability.permissions()) {
                Grant grant;
                try {
                    grant = permissions.resolve(entry.identifier());
                }
                catch (UnknownPermissionException ex) {
                    throw new UnknownPermissionException(capability.describe() + ": " + ex.getMessage(),
                            ex.permission(), ex.missingPlugin());
                }
                catch (CapabilityException ex) {
                    throw new CapabilityException(capability.describe() + ": " + ex.getMessage(), ex);
                }
                this.allowed.addAll(grant.allowed());
                grant.denied().forEach((command, permission) -> this.denied.putIfAbsent(command,
                        new Denial(permission, entry.identifier(), capability)));
                if (entry.hasScopes()) {
                    grant.allowed().forEach((command) -> this.scoped.computeIfAbsent(command,
                            (key) -> new ArrayList<>()).add(entry));
                }
            }
        }

        private static Glob glob(Capability capability, List<String> globs) {
            try {
                return Glob.of(globs);
            }
            catch (IllegalArgumentException ex) {
                throw new CapabilityException(capability.describe() + ": " + ex.getMessage(), ex);
            }
        }

        static CompiledCapability of(Capability capability, Permissions permissions, String platform) {
            return new CompiledCapability(capability, permissions, platform);
        }

        boolean appliesTo(String window) {
            return this.applies && this.labels.matches(window);
        }
    }
}
