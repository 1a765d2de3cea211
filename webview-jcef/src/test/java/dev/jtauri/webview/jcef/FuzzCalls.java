package dev.jtauri.webview.jcef;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The calls a page makes to {@link FuzzCommands} and the built-in plugins, valid and not: the
 * commands with their parameters' names, valid arguments for each, and the names a page gets
 * wrong.
 */
final class FuzzCalls {

    /**
     * A call before it is put in the wire format.
     * @param command the command
     * @param headers the headers' JSON object
     * @param kind {@code j} JSON, {@code b} base64 raw bytes
     * @param body the body
     */
    record Call(String command, String headers, String kind, String body) {

        /** In {@link InvokeCodec}'s format, with a token. */
        String request(String token) {
            return String.join("\u001e", token, this.command, this.headers, this.kind, this.body);
        }
    }

    /** Commands and their named parameters (for {@code save}, its body's fields). */
    static final Map<String, List<String>> PARAMETERS = Map.ofEntries(Map.entry("greet", List.of("name")),
            Map.entry("add", List.of("a", "b")), Map.entry("scale", List.of("value", "factor")),
            Map.entry("save", List.of("title", "tags", "scores", "item")), Map.entry("items", List.of("items", "levels")),
            Map.entry("echoJson", List.of("value")), Map.entry("optional", List.of("text", "n")),
            Map.entry("echoBytes", List.of("data")), Map.entry("stream", List.of("count", "onEvent")),
            Map.entry("streamBytes", List.of("onChunk")), Map.entry("headerValue", List.of()),
            Map.entry("windowLabel", List.of()), Map.entry("later", List.of("name")),
            Map.entry("failWith", List.of("message")), Map.entry("failWithCode", List.of("data")),
            Map.entry("explode", List.of()), Map.entry("plugin:event|listen", List.of("event", "target", "handler")),
            Map.entry("plugin:event|unlisten", List.of("event", "eventId")),
            Map.entry("plugin:event|emit", List.of("event", "payload")),
            Map.entry("plugin:event|emit_to", List.of("target", "event", "payload")),
            Map.entry("plugin:path|join", List.of("paths")), Map.entry("plugin:path|normalize", List.of("path")),
            Map.entry("plugin:path|basename", List.of("path", "ext")),
            Map.entry("plugin:path|resolve_directory", List.of("directory", "path")));

    /** The commands that read their body as JSON: invalid UTF-8 given to them must be refused. */
    static final List<String> READ_JSON = List.of("greet", "add", "scale", "save", "items", "echoJson", "optional",
            "stream", "streamBytes", "later", "failWith", "failWithCode", "plugin:event|listen",
            "plugin:event|unlisten", "plugin:event|emit", "plugin:event|emit_to", "plugin:path|join",
            "plugin:path|normalize", "plugin:path|basename", "plugin:path|resolve_directory");

    private static final List<String> COMMANDS = List.copyOf(PARAMETERS.keySet());

    private static final List<String> WRONG_NAMES = List.of("gret", "Greet", "greet ", " greet", "greet\u0000",
            "plugin:", "plugin:|", "plugin:event|", "plugin:event|nope", "plugin:nope|greet", "plugin:pytauri|pyfunc",
            "plugin:window|close", "plugin:path|", "plugin:event|emit\u001f", "PLUGIN:EVENT|EMIT", "java.lang.Runtime",
            "dev.jtauri.webview.jcef.FuzzCommands#explode()", "__proto__", "constructor", "", "\ud800", "%67reet",
            "plugin:pytauri|pyfunc|greet", "a".repeat(300), "\u001d", "\u001e", "\u001f");

    private final Random random;

    private final JsonFuzzer json;

    FuzzCalls(Random random, JsonFuzzer json) {
        this.random = random;
        this.json = json;
    }

    /** A command that exists. */
    String command() {
        return this.json.pick(COMMANDS);
    }

    /** A name a page gets wrong: unknown, a typo, a plugin's that does not exist, garbage. */
    String wrongName() {
        return switch (this.random.nextInt(4)) {
            case 0 -> this.json.text(1 + this.random.nextInt(20));
            case 1 -> "plugin:" + this.json.text(this.random.nextInt(8)) + "|" + this.json.text(this.random.nextInt(8));
            default -> this.json.pick(WRONG_NAMES);
        };
    }

    /** A valid call of an existing command. */
    Call valid() {
        return valid(command());
    }

    /** A valid call of a command. */
    Call valid(String command) {
        return switch (command) {
            case "echoBytes" -> raw(command, "{}", bytes(this.random.nextInt(300)));
            case "headerValue" -> new Call(command, "{\"x-test\":" + this.json.string() + "}", "j", "{}");
            default -> (this.random.nextInt(10) == 0) ? pyInvoke(command)
                    : new Call(command, "{}", "j", validArguments(command));
        };
    }

    /** The call as {@code pyInvoke} makes it: the arguments as UTF-8 bytes, the command in a header. */
    private Call pyInvoke(String command) {
        if (command.startsWith("plugin:")) {
            return new Call(command, "{}", "j", validArguments(command));
        }
        return raw("plugin:pytauri|pyfunc", "{\"pyfunc\":" + JsonFuzzer.quoted(command) + "}",
                utf8(validArguments(command)));
    }

    /** Arguments a page sends that bind, most of the time. */
    String validArguments(String command) {
        String name = this.json.string();
        int channel = this.random.nextInt(1000);
        String event = this.json.pick(List.of("e", "tauri://x", "my-event", "a/b:c_d"));
        return switch (command) {
            case "greet", "later" -> "{\"name\":" + name + "}";
            case "add" -> "{\"a\":" + this.random.nextInt() + ",\"b\":" + this.random.nextLong() + "}";
            case "scale" -> "{\"value\":" + this.json.number() + ",\"factor\":1.5}";
            case "save" -> "{\"title\":" + name + ",\"tags\":[" + this.json.string() + "],\"scores\":{\"a\":1},\"item\":"
                    + item() + "}";
            case "items" -> "{\"items\":[" + item() + "," + item() + "],\"levels\":[\"LOW\",\"high\"]}";
            case "echoJson", "failWithCode" -> "{\"" + ((command.equals("echoJson")) ? "value" : "data") + "\":"
                    + this.json.value() + "}";
            case "optional" -> this.random.nextBoolean() ? "{}" : "{\"text\":" + name + ",\"n\":7}";
            case "stream" -> "{\"count\":" + this.random.nextInt(10) + ",\"onEvent\":\"__CHANNEL__:" + channel + "\"}";
            case "streamBytes" -> "{\"onChunk\":\"__CHANNEL__:" + channel + "\"}";
            case "failWith" -> "{\"message\":" + name + "}";
            case "plugin:event|listen" -> "{\"event\":\"" + event + "\",\"target\":{\"kind\":\"Any\"},\"handler\":"
                    + channel + "}";
            case "plugin:event|unlisten" -> "{\"event\":\"" + event + "\",\"eventId\":" + channel + "}";
            case "plugin:event|emit" -> "{\"event\":\"" + event + "\",\"payload\":" + this.json.value() + "}";
            case "plugin:event|emit_to" -> "{\"target\":{\"kind\":\"WebviewWindow\",\"label\":\"main\"},\"event\":\""
                    + event + "\",\"payload\":" + this.json.value() + "}";
            case "plugin:path|join" -> "{\"paths\":[" + name + "," + this.json.string() + "]}";
            case "plugin:path|normalize" -> "{\"path\":" + name + "}";
            case "plugin:path|basename" -> "{\"path\":" + name + ",\"ext\":null}";
            case "plugin:path|resolve_directory" -> "{\"directory\":" + (1 + this.random.nextInt(24)) + ",\"path\":"
                    + name + "}";
            default -> "{}";
        };
    }

    private String item() {
        return "{\"name\":" + this.json.string() + ",\"count\":" + this.random.nextInt(100) + ",\"level\":"
                + this.json.pick(List.of("\"LOW\"", "\"high\"", "null")) + "}";
    }

    /** Named arguments of the command's parameters, each a value of any kind. */
    String wrongTypes(String command) {
        List<String> names = PARAMETERS.getOrDefault(command, List.of());
        return this.random.nextInt(10) == 0 ? this.json.value() : this.json.arguments(names);
    }

    /** A call with a raw body, base64 in the wire format. */
    static Call raw(String command, String headers, byte[] body) {
        return new Call(command, headers, "b", Base64.getEncoder().encodeToString(body));
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        this.random.nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
