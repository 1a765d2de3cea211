package dev.jtauri.command;

import java.util.function.Supplier;

import dev.jtauri.AppHandle;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.JsonLimitException;
import dev.jtauri.ipc.PageJson;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.resources.ResourceTable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call of a command, as argument binders see it. The body is parsed as JSON at most once,
 * when the first binder asks for it, within the page's {@link dev.jtauri.ipc.JsonLimits}. Not
 * thread-safe: a call binds its arguments on one thread.
 */
public final class InvocationContext {

    private final InvokeRequest request;

    private final String commandName;

    private final AppHandle appHandle;

    private final PageJson json;

    private final Supplier<ResourceTable> resources;

    private final CallCancellation cancellation;

    private @Nullable JsonNode body;

    private @Nullable JsonNode arguments;

    /**
     * Create the context of one call.
     * @param request the request
     * @param commandName the command's name (for {@code pyInvoke}, the function's)
     * @param appHandle the app
     * @param json reads the page's JSON within its limits, with the app's mapper
     * @param resources finds the caller's resource table, when a binder asks for it
     * @param cancellation says whether the call was called off, and what to do when it is
     */
    public InvocationContext(InvokeRequest request, String commandName, AppHandle appHandle, PageJson json,
            Supplier<ResourceTable> resources, CallCancellation cancellation) {
        this.request = request;
        this.commandName = commandName;
        this.appHandle = appHandle;
        this.json = json;
        this.resources = resources;
        this.cancellation = cancellation;
    }

    /**
     * Whether the call was called off (the page aborted it or left, or it timed out), and what to
     * do when it is: what a command started for the call is cancelled with it.
     * @return the call's cancellation
     */
    public CallCancellation cancellation() {
        return this.cancellation;
    }

    /**
     * The request.
     * @return the request
     */
    public InvokeRequest request() {
        return this.request;
    }

    /**
     * The command being called.
     * @return its name
     */
    public String commandName() {
        return this.commandName;
    }

    /**
     * The app.
     * @return the app handle
     */
    public AppHandle appHandle() {
        return this.appHandle;
    }

    /**
     * The resources the caller's page holds by id.
     * @return its table
     * @throws dev.jtauri.InvokeException when the caller is not a connected page (an invoke made
     * from Java code under a page of its own)
     */
    public ResourceTable resources() {
        return this.resources.get();
    }

    /**
     * The JSON mapper, for binding values already read and for writing.
     * @return the app's mapper
     */
    public JsonMapper mapper() {
        return this.json.mapper();
    }

    /**
     * The reader of the page's JSON, for a binder that reads more than the body (a header, say):
     * within the same limits as the body.
     * @return the reader
     */
    public PageJson pageJson() {
        return this.json;
    }

    /**
     * The body parsed as JSON. A raw body is parsed as UTF-8 JSON, which is how {@code pyInvoke}
     * sends its arguments.
     * @return the tree; a missing node for an empty body
     * @throws ArgumentBindingException (malformed request) when it is not JSON
     * @throws RequestRejectedException (payload too large) when it goes over a JSON limit
     */
    public JsonNode body() {
        JsonNode result = this.body;
        if (result == null) {
            result = parse(this.request.body());
            this.body = result;
        }
        return result;
    }

    /**
     * The named arguments: the body as a JSON object.
     * @return the object; empty when the body is {@code null} or empty
     * @throws ArgumentBindingException when the body is not JSON, or not an object
     */
    public JsonNode arguments() {
        JsonNode result = this.arguments;
        if (result == null) {
            result = argumentsOf(body());
            this.arguments = result;
        }
        return result;
    }

    private JsonNode argumentsOf(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return mapper().createObjectNode();
        }
        if (!node.isObject()) {
            throw ArgumentErrors.invalid(this.commandName,
                    "arguments must be a JSON object keyed by parameter name, got " + JsonKinds.actual(node));
        }
        return node;
    }

    private JsonNode parse(InvokeBody body) {
        try {
            return (body instanceof InvokeBody.Json text) ? this.json.readTree(text.text())
                    : this.json.readTree(body.bytes());
        }
        catch (JsonLimitException ex) {
            throw new RequestRejectedException(InvokeError.Kind.PAYLOAD_TOO_LARGE,
                    "command '" + this.commandName + "': " + ex.describe("the body"));
        }
        catch (JacksonException ex) {
            throw new ArgumentBindingException(InvokeError.Kind.MALFORMED_REQUEST,
                    "command '" + this.commandName + "': the body is not valid JSON" + JsonKinds.location(ex));
        }
    }
}
