package dev.jtauri.command;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.jtauri.TauriCommand;
import dev.jtauri.support.MethodTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app's commands by name. Registration builds and checks a {@link CommandHandler} for a
 * method and fails, naming the bean and the method, when the method cannot be served or its
 * name is taken. Thread-safe.
 *
 * <p>Plugins' commands are named {@code plugin:<plugin>|<command>}, as {@code @tauri-apps/api}
 * and Tauri's guest packages invoke them. They are ordinary command beans, registered through
 * {@link #registerPlugin}; the app's own commands may not take the {@code plugin:} prefix, so
 * no app command can pass for a plugin's.
 */
public final class CommandRegistry {

    private static final String PLUGIN_PREFIX = "plugin:";

    private static final Pattern PLUGIN_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final JsonMapper mapper;

    private final ArgumentResolverComposite resolvers;

    private final Map<String, CommandHandler> commands = new ConcurrentHashMap<>();

    // Once set, no plugin is added: the permissions were worked out from those there are.
    private volatile boolean pluginsSealed;

    /**
     * Create an empty registry.
     * @param mapper the JSON mapper arguments and results go through
     * @param resolvers the argument resolvers
     */
    public CommandRegistry(JsonMapper mapper, ArgumentResolverComposite resolvers) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
    }

    /**
     * The command name a method's annotation gives: its value, or the method's name.
     * @param annotation the annotation
     * @param method the method
     * @return the name
     */
    public static String nameOf(TauriCommand annotation, Method method) {
        return annotation.value().isEmpty() ? method.getName() : annotation.value();
    }

    /**
     * The name a plugin's command is invoked by.
     * @param plugin the plugin's name, such as {@code event}
     * @param command the command's name within the plugin, such as {@code listen}
     * @return {@code plugin:<plugin>|<command>}
     */
    public static String pluginCommand(String plugin, String command) {
        return PLUGIN_PREFIX + plugin + "|" + command;
    }

    /**
     * Register every {@link TauriCommand @TauriCommand} method of an object, found on its own
     * class and superclasses. For code without Spring; the Spring Boot starter finds commands
     * on beans itself, proxies included.
     * @param bean the object
     * @return the handlers registered
     */
    public List<CommandHandler> registerAll(Object bean) {
        List<CommandHandler> registered = new ArrayList<>();
        for (MethodTarget target : MethodTarget.annotated(bean, TauriCommand.class)) {
            registered.add(register(nameOf(target.method().getAnnotation(TauriCommand.class), target.method()), target));
        }
        return registered;
    }

    /**
     * Register one of the app's methods as a command.
     * @param name the command's name
     * @param target the method and its bean
     * @return the handler
     * @throws CommandDefinitionException when the method cannot be served, the name is taken, or
     * it takes the {@code plugin:} prefix of plugins' commands
     */
    public CommandHandler register(String name, MethodTarget target) {
        if (name.startsWith(PLUGIN_PREFIX)) {
            throw new CommandDefinitionException("Command name '" + name + "' of " + target.description()
                    + " is not valid: the '" + PLUGIN_PREFIX + "' prefix is reserved for plugins' commands; "
                    + "give it a name without it");
        }
        return add(name, target);
    }

    /**
     * Register every {@link TauriCommand @TauriCommand} method of a plugin's bean, each under
     * {@code plugin:<plugin>|<name>}, where the name is the annotation's value or the method's.
     * @param plugin the plugin's name in kebab case, such as {@code event} or {@code window-state}
     * @param bean the object whose methods serve the plugin's commands
     * @return the handlers registered
     * @throws CommandDefinitionException when a method cannot be served or a name is taken
     * @throws IllegalStateException once {@link #sealPlugins()} was called
     */
    public List<CommandHandler> registerPlugin(String plugin, Object bean) {
        if (this.pluginsSealed) {
            throw new IllegalStateException("Plugin '" + plugin + "' comes too late: plugins are registered as the "
                    + "runtime is built (TauriRuntime.Builder.plugins, or a TauriPlugin bean), so that their "
                    + "permissions are known");
        }
        if (!PLUGIN_NAME.matcher(plugin).matches()) {
            throw new IllegalArgumentException("Plugin name '" + plugin + "' is not valid: use lower-case letters, "
                    + "digits and single hyphens, such as 'window-state'");
        }
        List<CommandHandler> registered = new ArrayList<>();
        for (MethodTarget target : MethodTarget.annotated(bean, TauriCommand.class)) {
            String command = nameOf(target.method().getAnnotation(TauriCommand.class), target.method());
            registered.add(add(pluginCommand(plugin, command), target));
        }
        return registered;
    }

    /**
     * Accept no more plugins: the runtime calls this once it has worked out their permissions,
     * so that no plugin command can be served without one.
     */
    public void sealPlugins() {
        this.pluginsSealed = true;
    }

    /**
     * The command with a name.
     * @param name the name
     * @return the handler, if registered
     */
    public Optional<CommandHandler> find(String name) {
        return Optional.ofNullable(this.commands.get(name));
    }

    /**
     * Every registered command.
     * @return the handlers
     */
    public Collection<CommandHandler> all() {
        return List.copyOf(this.commands.values());
    }

    /**
     * The registered name closest to a mistyped one, for "did you mean" hints, among those the
     * caller may call: a hint must not tell a window of a command it is not allowed to see.
     * @param name the unknown name
     * @param callable whether the caller may call a registered name
     * @return a callable name at most two edits away, if any
     */
    public Optional<String> suggest(String name, Predicate<String> callable) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : this.commands.keySet()) {
            int distance = EditDistance.between(name, candidate, bestDistance);
            if (distance < bestDistance && callable.test(candidate)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private CommandHandler add(String name, MethodTarget target) {
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new CommandDefinitionException("Command name '" + name + "' of " + target.description()
                    + " is not valid: it must be non-empty and contain no whitespace");
        }
        CommandHandler handler = CommandHandler.build(name, target, this.mapper, this.resolvers);
        CommandHandler existing = this.commands.putIfAbsent(name, handler);
        if (existing != null) {
            throw new CommandDefinitionException("Two commands are named '" + name + "': " + existing.description()
                    + " and " + target.description() + ". Give one another name with @TauriCommand(\"...\")");
        }
        return handler;
    }
}
