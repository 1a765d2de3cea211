package dev.jtauri.event;

import dev.jtauri.EventTarget;
import dev.jtauri.TauriCommand;
import dev.jtauri.command.ArgumentErrors;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.JsonLimitException;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The event plugin: the {@code plugin:event|*} commands that {@code @tauri-apps/api/event}
 * calls, {@code listen}, {@code unlisten}, {@code emit} and {@code emit_to}, including the header
 * form of {@code emit2}/{@code emitTo2}. An ordinary command bean, served by the same pipeline,
 * binding and errors as the app's own.
 */
public final class EventPluginCommands {

    /** The plugin's name: its commands are {@code plugin:event|<command>}. */
    public static final String PLUGIN = "event";

    private static final String LISTEN = "listen";

    private static final String UNLISTEN = "unlisten";

    private static final String EMIT = "emit";

    private static final String EMIT_TO = "emit_to";

    /** The header {@code emit2} and {@code emitTo2} put the event's name in. */
    public static final String EVENT_NAME_HEADER = "Tauri-Event-Name";

    /** The header {@code emitTo2} puts the target in, as JSON. */
    public static final String EVENT_TARGET_HEADER = "Tauri-Event-Target";

    private final EventBus events;

    /**
     * The event plugin, built in: Tauri's {@code core:event:default} allows all its commands.
     * @param events the bus its commands act on
     * @return the plugin
     */
    public static TauriPlugin plugin(EventBus events) {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new EventPluginCommands(events))
            .defaults(LISTEN, UNLISTEN, EMIT, EMIT_TO)
            .build();
    }

    /**
     * Create the commands.
     * @param events the bus they act on
     */
    public EventPluginCommands(EventBus events) {
        this.events = events;
    }

    /**
     * {@code listen(event, handler, {target})}: register a page listener.
     * @param call the call, for messages
     * @param page the calling page
     * @param event the event's name
     * @param target what the listener listens as; {@link EventTarget#any()} when absent
     * @param handler the page's callback id
     * @return the listener's id
     */
    @TauriCommand(LISTEN)
    public long listen(InvocationContext call, PageConnection page, String event, @Nullable EventTarget target,
            long handler) {
        String name = validName(call, event);
        long id = this.events.listenPage(page.label(), name, (target != null) ? target : EventTarget.any(), handler);
        // Checked after the listener is in: either the page's removal on reload took it away, or
        // this sees the page gone and does. A listener for a page that is gone would hold its
        // window's close, with no handler left to let it go.
        if (!page.isOpen()) {
            this.events.unlistenPage(page.label(), name, id);
        }
        return id;
    }

    /**
     * The unlisten function {@code listen} resolved to.
     * @param page the calling page
     * @param event the event's name
     * @param eventId the listener's id
     */
    @TauriCommand(UNLISTEN)
    public void unlisten(PageConnection page, String event, long eventId) {
        this.events.unlistenPage(page.label(), event, eventId);
    }

    /**
     * {@code emit(event, payload)} and {@code emit2(event, payload)}: emit to every listener.
     * @param call named arguments {@code {event, payload}}, or the payload as the body and the
     * name in the {@value #EVENT_NAME_HEADER} header
     */
    @TauriCommand(EMIT)
    public void emit(InvocationContext call) {
        this.events.emitJson(eventName(call), payloadJson(call), null);
    }

    /**
     * {@code emitTo(target, event, payload)} and {@code emitTo2}: emit to one target.
     * @param call named arguments {@code {target, event, payload}}, or the payload as the body and
     * the name and target in headers
     */
    @TauriCommand(EMIT_TO)
    public void emitTo(InvocationContext call) {
        this.events.emitJson(eventName(call), payloadJson(call), TargetFilters.emitTo(target(call)));
    }

    /** Whether the call is the header form of emit2 and emitTo2, where the body is the payload. */
    private static @Nullable String headerName(InvocationContext call) {
        return call.request().headers().get(EVENT_NAME_HEADER);
    }

    private static String eventName(InvocationContext call) {
        String name = headerName(call);
        if (name == null) {
            JsonNode event = call.arguments().get("event");
            if (event == null || !event.isString()) {
                throw ArgumentErrors.invalid(call.commandName(), "missing required argument 'event' (String)");
            }
            name = event.stringValue();
        }
        return validName(call, name);
    }

    private static String payloadJson(InvocationContext call) {
        if (headerName(call) == null) {
            JsonNode payload = call.arguments().get("payload");
            return (payload == null) ? "null" : call.mapper().writeValueAsString(payload);
        }
        if (call.request().body() instanceof InvokeBody.Raw raw) {
            return byteArrayJson(raw.data());
        }
        JsonNode body = call.body();
        return body.isMissingNode() ? "null" : call.mapper().writeValueAsString(body);
    }

    private static EventTarget target(InvocationContext call) {
        if (headerName(call) == null) {
            JsonNode target = call.arguments().get("target");
            if (target == null || target.isNull()) {
                throw ArgumentErrors.invalid(call.commandName(), "missing required argument 'target' (EventTarget)");
            }
            return readTarget(call, target, "argument 'target'");
        }
        String header = call.request().headers().get(EVENT_TARGET_HEADER);
        if (header == null || header.isBlank()) {
            return EventTarget.any();
        }
        try {
            return readTarget(call, call.pageJson().readTree(header), "header '" + EVENT_TARGET_HEADER + "'");
        }
        catch (JsonLimitException ex) {
            throw new RequestRejectedException(InvokeError.Kind.PAYLOAD_TOO_LARGE,
                    "command '" + call.commandName() + "': " + ex.describe("header '" + EVENT_TARGET_HEADER + "'"));
        }
        catch (JacksonException ex) {
            throw invalidTarget(call, "header '" + EVENT_TARGET_HEADER + "'");
        }
    }

    private static EventTarget readTarget(InvocationContext call, JsonNode target, String where) {
        try {
            return call.mapper().treeToValue(target, EventTarget.class);
        }
        catch (JacksonException ex) {
            throw invalidTarget(call, where);
        }
    }

    private static RuntimeException invalidTarget(InvocationContext call, String where) {
        return ArgumentErrors.invalid(call.commandName(), "invalid " + where + ": expected an EventTarget, "
                + "{kind} with kind one of " + EventTargetKinds.KINDS + " and a 'label' for all but Any and App");
    }

    /** Raw bytes as a JSON array of numbers, as serde serializes a {@code Vec<u8>}. */
    private static String byteArrayJson(byte[] bytes) {
        StringBuilder json = new StringBuilder(bytes.length * 4 + 2).append('[');
        for (int i = 0; i < bytes.length; i++) {
            json.append((i == 0) ? "" : ",").append(bytes[i] & 0xff);
        }
        return json.append(']').toString();
    }

    private static String validName(InvocationContext call, String event) {
        if (!EventNames.isValid(event)) {
            throw ArgumentErrors.invalid(call.commandName(), "invalid argument 'event': an event name " + EventNames.RULE);
        }
        return event;
    }
}
