package dev.jtauri.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import dev.jtauri.EventTarget;
import dev.jtauri.Headers;
import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.runtime.Invoker;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays a page, in process: invokes commands, listens to and emits events, and receives channel
 * messages, all through the same pipeline and {@code plugin:event|*} commands a real page uses.
 * Needs no window and no display.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureTauriTestClient
 * class GreeterTests {
 *     @Autowired TauriTestClient tauri;
 *
 *     @Test
 *     void greets() {
 *         assertThat(tauri.invoke("greet", Map.of("name", "Ada")).as(String.class)).isEqualTo("Hello, Ada!");
 *     }
 * }
 * }</pre>
 *
 * <p>It connects as a page labelled {@value #DEFAULT_LABEL} unless given another label, so
 * {@code emitTo("main", ...)} reaches it. It has no {@link WebviewWindow}. Blocking calls wait
 * up to {@link #timeout()} and fail with an {@link AssertionError}. Thread-safe.
 */
public final class TauriTestClient implements PageConnection, AutoCloseable {

    /** The label the client connects as by default: the label of Tauri's default window. */
    public static final String DEFAULT_LABEL = "main";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final TauriRuntime runtime;

    private final String label;

    private final JsonMapper mapper;

    private volatile Duration timeout = DEFAULT_TIMEOUT;

    private volatile boolean closed;

    private final AtomicLong nextCallbackId = new AtomicLong(1);

    private final Map<Long, ReceivedEvents> listeners = new ConcurrentHashMap<>();

    private final Map<Long, TestChannel<?>> channels = new ConcurrentHashMap<>();

    private TauriTestClient(TauriRuntime runtime, String label) {
        this.runtime = runtime;
        this.label = label;
        this.mapper = runtime.jsonMapper();
    }

    /**
     * Connect a client labelled {@value #DEFAULT_LABEL}.
     * @param runtime the runtime
     * @return the client
     */
    public static TauriTestClient connect(TauriRuntime runtime) {
        return connect(runtime, DEFAULT_LABEL);
    }

    /**
     * Connect a client with a label.
     * @param runtime the runtime
     * @param label the page label
     * @return the client
     * @throws IllegalStateException when a page with that label is connected
     */
    public static TauriTestClient connect(TauriRuntime runtime, String label) {
        TauriTestClient client = new TauriTestClient(Objects.requireNonNull(runtime, "runtime"),
                Objects.requireNonNull(label, "label"));
        runtime.connect(client);
        return client;
    }

    /**
     * How long blocking calls wait.
     * @return the timeout
     */
    public Duration timeout() {
        return this.timeout;
    }

    /**
     * Change how long blocking calls wait.
     * @param timeout the timeout
     * @return this client
     */
    public TauriTestClient timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    // ---- invoke

    /**
     * {@code invoke(command)}: a call without arguments.
     * @param command the command
     * @return the result
     */
    public InvokeResult invoke(String command) {
        return invoke(command, null);
    }

    /**
     * {@code invoke(command, args)}: the arguments serialized as JSON, as the page would send
     * them: a {@code Map}, a record, or anything Jackson writes as an object. A
     * {@link TestChannel} among them is sent as a channel.
     * @param command the command
     * @param args the arguments, or {@code null}
     * @return the result
     */
    public InvokeResult invoke(String command, @Nullable Object args) {
        return invoke(command, args, Map.of());
    }

    /**
     * {@code invoke(command, args, {headers})}.
     * @param command the command
     * @param args the arguments, or {@code null}
     * @param headers the headers
     * @return the result
     */
    public InvokeResult invoke(String command, @Nullable Object args, Map<String, String> headers) {
        return await(invokeAsync(command, InvokeBody.json(this.mapper.writeValueAsString(args)), headers));
    }

    /**
     * {@code invoke(command, uint8Array, {headers})}: a raw body.
     * @param command the command
     * @param body the bytes
     * @param headers the headers
     * @return the result
     */
    public InvokeResult invokeRaw(String command, byte[] body, Map<String, String> headers) {
        return await(invokeAsync(command, InvokeBody.raw(body), headers));
    }

    /**
     * A JSON body sent as is, such as malformed JSON in a test of error handling.
     * @param command the command
     * @param json the body's text
     * @return the result
     */
    public InvokeResult invokeJson(String command, String json) {
        return await(invokeAsync(command, InvokeBody.json(json), Map.of()));
    }

    /**
     * {@code pyInvoke(function, body)} from {@code tauri-plugin-pytauri-api}: the body is sent
     * as raw bytes, JSON-encoded unless it already is bytes.
     * @param function the function (command) name
     * @param body the body, or {@code null}
     * @return the result
     */
    public InvokeResult pyInvoke(String function, @Nullable Object body) {
        byte[] bytes = (body instanceof byte[] raw) ? raw
                : (body == null) ? new byte[0] : this.mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return await(invokeAsync(Invoker.PY_INVOKE_COMMAND, InvokeBody.raw(bytes),
                Map.of(Invoker.PY_INVOKE_HEADER, function)));
    }

    /**
     * Start an invoke without waiting for it.
     * @param command the command
     * @param body the body
     * @param headers the headers
     * @return the result, when it comes
     */
    public CompletableFuture<InvokeResult> invokeAsync(String command, InvokeBody body, Map<String, String> headers) {
        InvokeRequest request = new InvokeRequest(command, body, Headers.of(headers), this);
        return this.runtime.invoker().invoke(request)
            .thenApply((response) -> new InvokeResult(command, response, this.mapper));
    }

    // ---- events

    /**
     * {@code listen(event, handler)} from {@code @tauri-apps/api/event}: listen as any target.
     * @param event the event's name
     * @return the received events
     */
    public ReceivedEvents listen(String event) {
        return listen(event, EventTarget.any());
    }

    /**
     * {@code listen(event, handler, {target})}.
     * @param event the event's name
     * @param target what to listen as
     * @return the received events
     */
    public ReceivedEvents listen(String event, EventTarget target) {
        long handlerId = this.nextCallbackId.getAndIncrement();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("event", event);
        args.put("target", this.mapper.valueToTree(target));
        args.put("handler", handlerId);
        // Known before the runtime can deliver: no event is lost between listen and its answer.
        ReceivedEvents received = new ReceivedEvents(this, event);
        this.listeners.put(handlerId, received);
        InvokeResult result = invoke("plugin:event|listen", args);
        if (!result.isOk()) {
            this.listeners.remove(handlerId);
        }
        received.listenerId(result.as(Long.class));
        return received;
    }

    /**
     * {@code emit(event, payload)} from {@code @tauri-apps/api/event}.
     * @param event the event's name
     * @param payload the payload, or {@code null}
     */
    public void emit(String event, @Nullable Object payload) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("event", event);
        args.put("payload", payload);
        invoke("plugin:event|emit", args).json();
    }

    /**
     * {@code emitTo(label, event, payload)} from {@code @tauri-apps/api/event}.
     * @param target the target's label
     * @param event the event's name
     * @param payload the payload, or {@code null}
     */
    public void emitTo(String target, String event, @Nullable Object payload) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("target", this.mapper.valueToTree(EventTarget.anyLabel(target)));
        args.put("event", event);
        args.put("payload", payload);
        invoke("plugin:event|emit_to", args).json();
    }

    void unlisten(ReceivedEvents events) {
        this.listeners.values().remove(events);
        invoke("plugin:event|unlisten", Map.of("event", events.event(), "eventId", events.listenerId())).json();
    }

    // ---- channels

    /**
     * A new channel, as {@code new Channel<T>()} makes on a page.
     * @param messageType the message type; {@code byte[]} for raw messages
     * @return the channel
     */
    public <T> TestChannel<T> channel(Class<T> messageType) {
        long id = this.nextCallbackId.getAndIncrement();
        TestChannel<T> channel = new TestChannel<>(id, this.mapper.constructType(messageType), this.mapper, this.timeout);
        this.channels.put(id, channel);
        return channel;
    }

    // ---- PageConnection

    @Override
    public String label() {
        return this.label;
    }

    @Override
    public @Nullable WebviewWindow window() {
        return null;
    }

    @Override
    public boolean isOpen() {
        return !this.closed;
    }

    @Override
    public void deliverEvent(String event, String payloadJson, List<PageListener> listeners) {
        for (PageListener listener : listeners) {
            ReceivedEvents received = this.listeners.get(listener.handlerId());
            if (received != null) {
                received.add(new ReceivedEvent(event, listener.eventId(), payloadJson, this.mapper));
            }
        }
    }

    @Override
    public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
        TestChannel<?> channel = this.channels.get(channelId);
        if (channel != null) {
            channel.deliver(index, message);
        }
    }

    @Override
    public void closeChannel(long channelId, long index) {
        TestChannel<?> channel = this.channels.get(channelId);
        if (channel != null) {
            channel.close(index);
        }
    }

    /**
     * Disconnect from the runtime, as a page does when it unloads.
     */
    @Override
    public void close() {
        this.closed = true;
        this.runtime.disconnect(this);
    }

    private InvokeResult await(CompletableFuture<InvokeResult> result) {
        try {
            return result.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            throw new AssertionError("No response within " + this.timeout, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a response", ex);
        }
        catch (ExecutionException ex) {
            throw new AssertionError("The invoke pipeline failed instead of responding", ex.getCause());
        }
    }

    @Override
    public String toString() {
        return "TauriTestClient[" + this.label + "]";
    }
}
