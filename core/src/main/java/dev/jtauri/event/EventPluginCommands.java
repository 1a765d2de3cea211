package dev.jtauri.event;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.jtauri.EventTarget;
import dev.jtauri.TauriCommand;
import dev.jtauri.command.ArgumentBindingException;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code plugin:event|*} commands that {@code @tauri-apps/api/event} calls: {@code listen},
 * {@code unlisten}, {@code emit} and {@code emit_to}, including the header form of
 * {@code emit2}/{@code emitTo2}. They are ordinary commands, served by the same pipeline as the
 * app's own.
 */
public final class EventPluginCommands {

    /** The plugin's name: its commands are {@code plugin:event|<command>}. */
    public static final String PLUGIN = "event";

    /**
     * Its commands, as the page invokes them. Tauri's {@code core:default} allows them in every
     * window, so the capabilities do as well: without them a page cannot even listen.
     */
    public static final Set<String> COMMANDS = Stream.of("listen", "unlisten", "emit", "emit_to")
        .map((command) -> CommandRegistry.pluginCommand(PLUGIN, command))
        .collect(Collectors.toUnmodifiableSet());

    /** The header {@code emit2} and {@code emitTo2} put the event's name in. */
    public static final String EVENT_NAME_HEADER = "Tauri-Event-Name";

    /** The header {@code emitTo2} puts the target in, as JSON. */
    public static final String EVENT_TARGET_HEADER = "Tauri-Event-Target";

    private final EventBus events;

    private final JsonMapper mapper;

    /**
     * Create the commands.
     * @param events the bus they act on
     * @param mapper parses targets and payloads
     */
    public EventPluginCommands(EventBus events, JsonMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * {@code listen(event, handler, {target})}: register a page listener.
     * @param page the calling page
     * @param event the event's name
     * @param target what the listener listens as; {@code {kind: 'Any'}} when absent
     * @param handler the page's callback id
     * @return the listener's id
     */
    @TauriCommand("listen")
    public long listen(PageConnection page, String event, @Nullable JsonNode target, long handler) {
        return this.events.listenPage(page.label(), validName("plugin:event|listen", event),
                parseTarget("plugin:event|listen", target), handler);
    }

    /**
     * The unlisten function {@code listen} resolved to.
     * @param page the calling page
     * @param event the event's name
     * @param eventId the listener's id
     */
    @TauriCommand("unlisten")
    public void unlisten(PageConnection page, String event, long eventId) {
        this.events.unlistenPage(page.label(), event, eventId);
    }

    /**
     * {@code emit(event, payload)} and {@code emit2(event, payload)}: emit to every listener.
     * @param request the request: named arguments {@code {event, payload}}, or the payload as the
     * body and the name in the {@value #EVENT_NAME_HEADER} header
     */
    @TauriCommand("emit")
    public void emit(InvokeRequest request) {
        Emit emit = read("plugin:event|emit", request, false);
        this.events.emitJson(emit.event, emit.payloadJson, null);
    }

    /**
     * {@code emitTo(target, event, payload)} and {@code emitTo2}: emit to one target.
     * @param request the request: named arguments {@code {target, event, payload}}, or the
     * payload as the body and the name and target in headers
     */
    @TauriCommand("emit_to")
    public void emitTo(InvokeRequest request) {
        Emit emit = read("plugin:event|emit_to", request, true);
        Predicate<EventTarget> filter = TargetFilters.emitTo(emit.target);
        this.events.emitJson(emit.event, emit.payloadJson, filter);
    }

    private Emit read(String command, InvokeRequest request, boolean targeted) {
        String headerName = request.headers().get(EVENT_NAME_HEADER);
        if (headerName != null) {
            JsonNode target = targeted ? parseJson(command, request.headers().get(EVENT_TARGET_HEADER)) : null;
            return new Emit(validName(command, headerName), payloadOfBody(command, request.body()),
                    parseTarget(command, target));
        }
        JsonNode arguments = parseJson(command, (request.body() instanceof InvokeBody.Json json) ? json.text()
                : new String(request.body().bytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (arguments == null || !arguments.isObject()) {
            throw ArgumentErrors.invalid(command, "arguments must be a JSON object {event, payload}");
        }
        JsonNode event = arguments.get("event");
        if (event == null || !event.isString()) {
            throw ArgumentErrors.invalid(command, "missing required argument 'event' (String)");
        }
        JsonNode payload = arguments.get("payload");
        String payloadJson = (payload == null || payload.isMissingNode()) ? "null" : this.mapper.writeValueAsString(payload);
        EventTarget target = EventTarget.any();
        if (targeted) {
            JsonNode targetNode = arguments.get("target");
            if (targetNode == null || targetNode.isNull()) {
                throw ArgumentErrors.invalid(command, "missing required argument 'target' (EventTarget)");
            }
            target = parseTarget(command, targetNode);
        }
        return new Emit(validName(command, event.stringValue()), payloadJson, target);
    }

    private String payloadOfBody(String command, InvokeBody body) {
        if (body instanceof InvokeBody.Json json) {
            JsonNode parsed = parseJson(command, json.text());
            return (parsed == null) ? "null" : this.mapper.writeValueAsString(parsed);
        }
        // Raw bytes become a JSON array of numbers, as serde serializes Vec<u8>.
        byte[] bytes = body.bytes();
        StringBuilder json = new StringBuilder(bytes.length * 4 + 2).append('[');
        for (int i = 0; i < bytes.length; i++) {
            json.append((i == 0) ? "" : ",").append(bytes[i] & 0xff);
        }
        return json.append(']').toString();
    }

    private @Nullable JsonNode parseJson(String command, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return this.mapper.readTree(text);
        }
        catch (JacksonException ex) {
            throw new ArgumentBindingException(InvokeError.Kind.MALFORMED_REQUEST,
                    "command '" + command + "': the body is not valid JSON");
        }
    }

    private static EventTarget parseTarget(String command, @Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return EventTarget.any();
        }
        if (node.isString()) {
            return EventTarget.anyLabel(node.stringValue());
        }
        JsonNode kind = node.get("kind");
        JsonNode labelNode = node.get("label");
        String label = (labelNode != null && labelNode.isString()) ? labelNode.stringValue() : null;
        String kindName = (kind != null && kind.isString()) ? kind.stringValue() : "";
        EventTarget target = switch (kindName) {
            case "Any" -> EventTarget.any();
            case "App" -> EventTarget.app();
            case "AnyLabel" -> (label != null) ? EventTarget.anyLabel(label) : null;
            case "Window" -> (label != null) ? EventTarget.window(label) : null;
            case "Webview" -> (label != null) ? EventTarget.webview(label) : null;
            case "WebviewWindow" -> (label != null) ? EventTarget.webviewWindow(label) : null;
            default -> throw ArgumentErrors.invalid(command, "invalid argument 'target': expected {kind} with kind one of "
                    + "[Any, AnyLabel, App, Window, Webview, WebviewWindow]");
        };
        if (target == null) {
            throw ArgumentErrors.invalid(command, "invalid argument 'target': kind " + kindName + " needs a string 'label'");
        }
        return target;
    }

    private static String validName(String command, String event) {
        if (!EventNames.isValid(event)) {
            throw ArgumentErrors.invalid(command, "invalid argument 'event': an event name " + EventNames.RULE);
        }
        return event;
    }

    private record Emit(String event, String payloadJson, EventTarget target) {
    }
}
