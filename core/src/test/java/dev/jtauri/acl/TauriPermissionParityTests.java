package dev.jtauri.acl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import dev.jtauri.app.AppPluginCommands;
import dev.jtauri.command.ArgumentResolverComposite;
import dev.jtauri.command.CommandHandler;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.event.EventBus;
import dev.jtauri.event.EventPluginCommands;
import dev.jtauri.image.ImagePluginCommands;
import dev.jtauri.path.PathPluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourcesPluginCommands;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.window.WebviewPluginCommands;
import dev.jtauri.window.WindowPluginCommands;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jtauri's built-in plugins against Tauri's own permissions for its core plugins, kept as data
 * in {@code tauri-reference/core-permissions.json} with where it was read: the same default sets,
 * and an {@code allow-}/{@code deny-} pair for each command of Tauri's that jtauri serves. A
 * capability file written for a Tauri app names these identifiers, and one jtauri lacks fails the
 * app's startup.
 *
 * <p>Where jtauri deliberately differs, the difference is listed in {@link #KNOWN_DIFFERENCES}
 * with its reason; any other difference, and any listed one that no longer holds, fails.
 */
class TauriPermissionParityTests {

    private static final String REFERENCE = "/tauri-reference/core-permissions.json";

    /** Each difference jtauri keeps on purpose, and why. */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "core:menu is not served: no command has a permission",
            "jtauri has no menu plugin yet (DESIGN.md §7 counts it among core's plugins to come)",
            "core:tray is not served: no command has a permission",
            "jtauri has no tray plugin yet (DESIGN.md §7 counts it among core's plugins to come)");

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void builtInPluginsShouldHaveTaurisPermissionsAndDefaultSets() throws IOException {
        Map<String, ReferencePlugin> tauri = reference();
        Map<String, PluginPermissions> jtauri = builtInPlugins();

        List<String> differences = new ArrayList<>();
        tauri.forEach((prefix, expected) -> {
            PluginPermissions served = jtauri.get(prefix);
            if (served == null) {
                differences.add(prefix + " is not served: no command has a permission");
            }
            else {
                compare(prefix, expected, served, differences);
            }
        });
        jtauri.keySet().stream().filter((prefix) -> !tauri.containsKey(prefix))
            .forEach((prefix) -> differences.add(prefix + " is jtauri's: Tauri has no such core plugin"));

        List<String> unexplained = differences.stream().filter((difference) -> !KNOWN_DIFFERENCES.containsKey(difference))
            .toList();
        List<String> stale = KNOWN_DIFFERENCES.keySet().stream().filter((known) -> !differences.contains(known))
            .sorted()
            .toList();
        assertThat(unexplained).as("differences from Tauri's permissions (%s) that are not explained in "
                + "KNOWN_DIFFERENCES", REFERENCE).isEmpty();
        assertThat(stale).as("KNOWN_DIFFERENCES that no longer hold").isEmpty();
    }

    @Test
    void theReferenceShouldSayWhereItCameFromAndHoldTogether() throws IOException {
        JsonNode document = readReference();
        for (JsonNode source : document.get("sources")) {
            assertThat(source.has("read")).as("source %s says when it was read", source.get("id")).isTrue();
            assertThat(source.has("commit") || source.has("package")).as("source %s names its version", source.get("id"))
                .isTrue();
        }
        reference().forEach((prefix, plugin) -> assertThat(plugin.commands())
            .as("%s's default set allows commands it has", prefix).containsAll(plugin.defaults()));
        assertThat(reference().get("core:window").defaults()).contains("activity_name", "scene_identifier");
    }

    private static void compare(String prefix, ReferencePlugin expected, PluginPermissions served,
            List<String> differences) {
        Set<String> servedCommands = new TreeSet<>();
        served.commands().forEach((command) -> servedCommands.add(name(served, command)));
        for (String command : expected.commands()) {
            String slug = PluginPermissions.slug(command);
            if (served.command(slug).isEmpty()) {
                differences.add(prefix + ":allow-" + slug + " and deny-" + slug + " are Tauri's, but jtauri serves no "
                        + "command " + command);
            }
            else {
                String full = served.command(slug).orElseThrow();
                assertThat(served.allowPermission(full)).isEqualTo(prefix + ":allow-" + slug);
                assertThat(served.denyPermission(full)).isEqualTo(prefix + ":deny-" + slug);
            }
        }
        servedCommands.stream().filter((command) -> !expected.commands().contains(command))
            .forEach((command) -> differences.add(prefix + ":allow-" + PluginPermissions.slug(command)
                    + " is jtauri's: Tauri has no command " + command));
        Set<String> servedDefaults = new TreeSet<>();
        served.defaults().forEach((command) -> servedDefaults.add(name(served, command)));
        expected.defaults().stream().filter((command) -> !servedDefaults.contains(command))
            .forEach((command) -> differences.add(prefix + ":default lacks allow-" + PluginPermissions.slug(command)
                    + ", which Tauri's has"));
        servedDefaults.stream().filter((command) -> !expected.defaults().contains(command))
            .forEach((command) -> differences.add(prefix + ":default has allow-" + PluginPermissions.slug(command)
                    + ", which Tauri's has not"));
    }

    /** A command's name within its plugin: {@code set_title} of {@code plugin:window|set_title}. */
    private static String name(PluginPermissions plugin, String command) {
        return command.substring(CommandRegistry.pluginCommand(plugin.plugin().name(), "").length());
    }

    /** The built-in plugins as the runtime registers them, by permission prefix. */
    private Map<String, PluginPermissions> builtInPlugins() {
        CommandRegistry registry = new CommandRegistry(this.mapper, ArgumentResolverComposite.defaults());
        Executor inline = Runnable::run;
        EventBus events = new EventBus(this.mapper, inline, List::<PageConnection>of);
        List<TauriPlugin> plugins = List.of(EventPluginCommands.plugin(events), WindowPluginCommands.plugin(),
                WebviewPluginCommands.plugin(), AppPluginCommands.plugin(), PathPluginCommands.plugin(),
                ImagePluginCommands.plugin(), ResourcesPluginCommands.plugin());
        Map<String, PluginPermissions> byPrefix = new LinkedHashMap<>();
        for (TauriPlugin plugin : plugins) {
            assertThat(plugin.builtIn()).as("%s is built in", plugin).isTrue();
            List<String> names = registry.registerPlugin(plugin.name(), plugin.commands()).stream()
                .map(CommandHandler::name)
                .toList();
            byPrefix.put(plugin.permissionPrefix(), PluginPermissions.of(plugin, names));
        }
        return byPrefix;
    }

    /** Tauri's plugins, with the later additions merged in, by permission prefix. */
    private Map<String, ReferencePlugin> reference() throws IOException {
        JsonNode document = readReference();
        Map<String, ReferencePlugin> plugins = new LinkedHashMap<>();
        document.get("plugins").properties().forEach((entry) -> plugins.put(entry.getKey(),
                new ReferencePlugin(strings(entry.getValue().get("commands")), strings(entry.getValue().get("default")))));
        for (JsonNode addition : document.get("additions")) {
            ReferencePlugin plugin = plugins.get(addition.get("plugin").stringValue());
            String command = addition.get("command").stringValue();
            plugin.commands().add(command);
            if (addition.get("default").booleanValue()) {
                plugin.defaults().add(command);
            }
        }
        return plugins;
    }

    private JsonNode readReference() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(REFERENCE)) {
            assertThat(in).as(REFERENCE).isNotNull();
            return this.mapper.readTree(in);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new LinkedHashSet<>();
        array.forEach((element) -> strings.add(element.stringValue()));
        return strings;
    }

    /** One of Tauri's core plugins: the commands with permissions, those its default set allows. */
    private record ReferencePlugin(Set<String> commands, Set<String> defaults) {
    }
}
