package dev.jtauri.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.jtauri.AppHandle;
import dev.jtauri.Body;
import dev.jtauri.Headers;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.acl.Capability;
import dev.jtauri.acl.PluginPermissions;
import dev.jtauri.app.AppPluginCommands;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.event.EventPluginCommands;
import dev.jtauri.image.ImagePluginCommands;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.path.PathPluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.resources.ResourcesPluginCommands;
import dev.jtauri.test.InvokeResult;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.window.WebviewPluginCommands;
import dev.jtauri.window.WindowPluginCommands;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing of Java's internals reaches the page: every command the runtime serves (the app's, with
 * parameters of many kinds, and every built-in plugin's, all granted) is called with bad
 * arguments of every JSON kind, bad bodies and bad headers, and no rejection carries a class
 * name, a stack frame, a source file, a method signature or Jackson's wording.
 */
class PageSafeRejectionsTests {

    /** What would betray Java's internals in a message for a page. */
    private static final Map<String, Pattern> INTERNALS = internals();

    /** Values of every JSON kind, and of the shapes binding gets wrong most. */
    private static final List<String> BAD_VALUES = List.of("\"x\"", "\"\"", "1", "-1", "1.5", "99999999999999999999",
            "1e400", "true", "null", "[]", "[1,\"a\",{}]", "{}", "{\"kind\":\"Nope\",\"label\":1}",
            "{\"Logical\":{\"width\":\"w\"}}", "{\"nested\":{\"deep\":[{\"x\":[]}]}}", "\"/nonexistent/x.png\"",
            "\"2026-13-45\"", "\"\\u0000\"", "[1,2,3]", "\"" + "y".repeat(80) + "\"", "[[[[[[[[[[[1]]]]]]]]]]]");

    /** Whole bodies: not objects, not JSON, over a limit. */
    private static final List<String> BAD_BODIES = List.of("[1,2]", "\"text\"", "42", "{\"a\": oops}", "{{{", "}",
            "{\"a\":1} trailing", "\u0000", "[" + "[".repeat(20) + "]".repeat(20) + "]", "{\"" + "k".repeat(50) + "\":1}",
            "{\"n\":" + "9".repeat(40) + "}");

    private static final List<Class<?>> INJECTED = List.of(AppHandle.class, WebviewWindow.class, Headers.class,
            ResourceTable.class, PageConnection.class, InvokeRequest.class, InvocationContext.class);

    @Test
    void noRejectionOfAnyCommandCarriesJavasInternals() {
        List<TauriPlugin> plugins = List.of(AppPluginCommands.plugin(), WindowPluginCommands.plugin(),
                WebviewPluginCommands.plugin(), ImagePluginCommands.plugin(), ResourcesPluginCommands.plugin(),
                PathPluginCommands.plugin());
        List<Object> appBeans = List.of(new CommandsForTests(), new TypesAndErrorsTests.Validating(),
                new TypesAndErrorsTests.Shapes(), new TypesAndErrorsTests.NoteCrud());
        try (RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder.plugins(plugins)
            .capabilities(List.of(everything(plugins)))
            .jsonLimits(new JsonLimits(10, 64, 30, 40, 4096)), appBeans.toArray())) {
            List<String> rejections = new ArrayList<>();
            for (Map.Entry<String, Method> command : commands(plugins, appBeans).entrySet()) {
                for (String body : badArguments(command.getValue())) {
                    rejections.add(rejection(fixture.client.invokeJson(command.getKey(), body)));
                }
                for (String body : BAD_BODIES) {
                    rejections.add(rejection(fixture.client.invokeJson(command.getKey(), body)));
                }
                rejections.add(rejection(fixture.client.pyInvoke(command.getKey(), List.of(1))));
                rejections.add(rejection(fixture.client.invokeRaw(command.getKey(), "{\"a\":[[[[[[[[[[[[]]]]]]]]]]]}"
                    .getBytes(StandardCharsets.UTF_8), Map.of())));
            }
            rejections.add(rejection(fixture.client.invoke("gret")));
            rejections.add(rejection(fixture.client.invoke("plugin:window|set_titel")));
            rejections.add(rejection(fixture.client.invokeRaw(Invoker.PY_INVOKE_COMMAND, new byte[0], Map.of())));
            rejections.add(rejection(fixture.client.invoke("plugin:event|emit_to", 1, Map.of(
                    EventPluginCommands.EVENT_NAME_HEADER, "e", EventPluginCommands.EVENT_TARGET_HEADER, "{{"))));
            rejections.add(rejection(fixture.client.invoke("plugin:event|emit_to", 1, Map.of(
                    EventPluginCommands.EVENT_NAME_HEADER, "e", EventPluginCommands.EVENT_TARGET_HEADER,
                    "{\"kind\":\"java.lang.Object\"}"))));

            rejections.removeIf((message) -> message == null);
            assertThat(rejections).as("rejections").hasSizeGreaterThan(3000);
            for (String message : rejections) {
                // Quoted are names the page chose (commands, argument paths such as 'value.Logical').
                String unquoted = message.replaceAll("'[^']*'", "''");
                INTERNALS.forEach((what, pattern) -> assertThat(pattern.matcher(unquoted).find())
                    .as("%s in the rejection \"%s\"", what, message).isFalse());
            }
        }
    }

    @Test
    void theDocumentedArgumentErrorKeepsTheDeclaredTypeAndNoInternals() {
        try (RuntimeFixture fixture = RuntimeFixture.start(new CommandsForTests())) {
            String message = fixture.client.invoke("add_numbers", Map.of("a", "x", "b", 1)).error().message();
            assertThat(message).isEqualTo("command 'add_numbers': invalid argument 'a': expected an integer (int), "
                    + "got a string");
            INTERNALS.forEach((what, pattern) -> assertThat(pattern.matcher(message).find()).as(what).isFalse());
        }
    }

    @Test
    void theseInternalsAreCaught() {
        List<String> leaks = List.of("expected java.util.List", "at dev.jtauri.runtime.Invoker.run(Invoker.java:42)",
                "Cannot deserialize value of type `int` from String", "GreetingCommands.greet(String) failed",
                "CommandsForTests#explode()", "IllegalStateException: no", "an array (ArrayList)",
                "dev.jtauri.Foo@1a2b3c4d", "TauriProperties$Ipc", "(through reference chain: x[\"a\"])",
                "[Source: REDACTED; line: 1, column: 2]", "from StreamReadConstraints.getMaxNestingDepth()");
        for (String leak : leaks) {
            assertThat(INTERNALS.values().stream().anyMatch((pattern) -> pattern.matcher(leak).find())).as(leak)
                .isTrue();
        }
    }

    /** A command's rejection, as the page sees it; {@code null} when it succeeded. */
    private static String rejection(InvokeResult result) {
        if (result.isOk()) {
            return null;
        }
        InvokeError error = result.error();
        if (error.kind() == InvokeError.Kind.INTERNAL) {
            assertThat(error.message()).matches("(command '.*'|the call) failed with an internal error "
                    + "\\(error id [0-9a-f]{8}\\); the application log has the details");
        }
        return error.message();
    }

    /** For each named parameter, each bad value alone; then all parameters at once, each bad. */
    private static List<String> badArguments(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (!INJECTED.contains(parameter.getType()) && !parameter.isAnnotationPresent(State.class)
                    && !parameter.isAnnotationPresent(Body.class) && parameter.getType() != byte[].class) {
                names.add(parameter.getName());
            }
        }
        List<String> bodies = new ArrayList<>();
        for (String value : BAD_VALUES) {
            for (String name : names) {
                bodies.add("{\"" + name + "\":" + value + "}");
            }
            if (names.size() > 1) {
                bodies.add(names.stream().map((name) -> "\"" + name + "\":" + value)
                    .reduce((a, b) -> a + "," + b).map((members) -> "{" + members + "}").orElseThrow());
            }
            if (names.isEmpty()) {
                bodies.add(value);
            }
        }
        return bodies;
    }

    /** Every command of the plugins and beans by the name the page invokes, with its method. */
    private static Map<String, Method> commands(List<TauriPlugin> plugins, List<Object> beans) {
        Map<String, Method> commands = new LinkedHashMap<>();
        annotated(EventPluginCommands.class).forEach((name, method) ->
                commands.put(CommandRegistry.pluginCommand(EventPluginCommands.PLUGIN, name), method));
        for (TauriPlugin plugin : plugins) {
            annotated(plugin.commands().getClass()).forEach((name, method) ->
                    commands.put(CommandRegistry.pluginCommand(plugin.name(), name), method));
        }
        for (Object bean : beans) {
            commands.putAll(annotated(bean.getClass()));
        }
        return commands;
    }

    private static Map<String, Method> annotated(Class<?> type) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                TauriCommand annotation = method.getAnnotation(TauriCommand.class);
                if (annotation != null) {
                    methods.putIfAbsent(CommandRegistry.nameOf(annotation, method), method);
                }
            }
        }
        return methods;
    }

    /** A capability granting every window every command of the plugins, so binding is reached. */
    private static Capability everything(List<TauriPlugin> plugins) {
        List<String> permissions = new ArrayList<>(List.of("core:default"));
        for (TauriPlugin plugin : plugins) {
            Set<String> names = Set.copyOf(annotated(plugin.commands().getClass()).keySet());
            List<String> commands = names.stream().map((name) -> CommandRegistry.pluginCommand(plugin.name(), name))
                .toList();
            PluginPermissions granted = PluginPermissions.of(plugin, commands);
            commands.forEach((command) -> permissions.add(granted.allowPermission(command)));
        }
        return Capability.builder("everything").windows("*").permissions(permissions.toArray(String[]::new))
            .commands("*").build();
    }

    private static Map<String, Pattern> internals() {
        Map<String, Pattern> internals = new LinkedHashMap<>();
        internals.put("a package-qualified class name", Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*\\.[A-Z]"));
        internals.put("a source file", Pattern.compile("\\.java\\b"));
        internals.put("an exception's class", Pattern.compile("Exception|Throwable|\\bError:"));
        internals.put("a stack frame", Pattern.compile("\\bat [a-z]+\\.|\\n|\\t"));
        internals.put("a method signature", Pattern.compile("\\w[#.]\\w+\\([\\w<>\\[\\], ?]*\\)"));
        internals.put("a nested class's binary name", Pattern.compile("\\w\\$\\w"));
        internals.put("an object's identity", Pattern.compile("\\w@[0-9a-f]{4,}\\b"));
        internals.put("a collection class Jackson chose", Pattern.compile(
                "\\b(ArrayList|LinkedList|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|ImmutableCollections)\\b"));
        internals.put("Jackson's wording", Pattern.compile("`|\\[Source:|line: \\d|reference chain|StreamReadConstraints"
                + "|JsonToken|START_OBJECT|START_ARRAY|Cannot deserialize|Unrecognized token"));
        internals.put("a path of the app", Pattern.compile("\\.(jar|class)\\b|\\.m2/|" + Pattern.quote(
                System.getProperty("user.dir")) + "|" + Pattern.quote(System.getProperty("java.home"))));
        return internals;
    }
}
