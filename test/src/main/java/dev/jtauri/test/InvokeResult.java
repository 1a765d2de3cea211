package dev.jtauri.test;

import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an invoke came back with, as a test sees it. The accessors for one outcome fail with an
 * {@link AssertionError} that shows the other, so a test that expected success and got an error
 * reads the error in its failure message.
 */
public final class InvokeResult {

    private final String command;

    private final InvokeResponse response;

    private final JsonMapper mapper;

    InvokeResult(String command, InvokeResponse response, JsonMapper mapper) {
        this.command = command;
        this.response = response;
        this.mapper = mapper;
    }

    /**
     * The response as the pipeline produced it.
     * @return the response
     */
    public InvokeResponse response() {
        return this.response;
    }

    /**
     * Whether the page's promise would resolve.
     * @return true on success
     */
    public boolean isOk() {
        return this.response instanceof InvokeResponse.Ok;
    }

    /**
     * The JSON text the promise resolves with.
     * @return the JSON
     * @throws AssertionError when the call failed or the result is raw bytes
     */
    public String json() {
        InvokeBody body = okBody();
        if (body instanceof InvokeBody.Json json) {
            return json.text();
        }
        throw new AssertionError("'" + this.command + "' returned raw bytes, not JSON");
    }

    /**
     * The result decoded as a type.
     * @param type the type
     * @return the value
     */
    public <T> T as(Class<T> type) {
        return this.mapper.readValue(json(), type);
    }

    /**
     * The result decoded as a generic type.
     * @param type the type
     * @return the value
     */
    public <T> T as(TypeReference<T> type) {
        return this.mapper.readValue(json(), type);
    }

    /**
     * The raw bytes the promise resolves with (an {@code ArrayBuffer} on a page).
     * @return the bytes
     * @throws AssertionError when the call failed or the result is JSON
     */
    public byte[] bytes() {
        InvokeBody body = okBody();
        if (body instanceof InvokeBody.Raw raw) {
            return raw.data();
        }
        throw new AssertionError("'" + this.command + "' returned JSON, not raw bytes: " + body);
    }

    /**
     * Why the call failed.
     * @return the error
     * @throws AssertionError when the call succeeded
     */
    public InvokeError error() {
        if (this.response instanceof InvokeResponse.Err err) {
            return err.error();
        }
        throw new AssertionError("'" + this.command + "' succeeded with " + ((InvokeResponse.Ok) this.response).body()
                + " but an error was expected");
    }

    /**
     * The value the page's promise rejects with, as JSON text.
     * @return the JSON
     * @throws AssertionError when the call succeeded
     */
    public String rejection() {
        error();
        return ((InvokeResponse.Err) this.response).json();
    }

    private InvokeBody okBody() {
        if (this.response instanceof InvokeResponse.Ok ok) {
            return ok.body();
        }
        InvokeError error = ((InvokeResponse.Err) this.response).error();
        throw new AssertionError("'" + this.command + "' failed (" + error.kind() + "): " + error.message());
    }

    @Override
    public String toString() {
        return "InvokeResult[" + this.command + " -> " + this.response + "]";
    }
}
