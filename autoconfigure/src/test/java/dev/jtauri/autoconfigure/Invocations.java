package dev.jtauri.autoconfigure;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.jtauri.Headers;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;

/**
 * Invokes a command through a runtime's pipeline as a page would, for tests of what the
 * auto-configuration registers. (The test client lives in jtauri-test, which depends on this
 * module.)
 */
final class Invocations {

    private Invocations() {
    }

    /** The command's result, decoded, as the window labelled {@code main} gets it. */
    static <T> T result(TauriRuntime runtime, String command, Map<String, ?> args, Class<T> type) {
        InvokeResponse response = invoke(runtime, "main", command, args);
        if (response instanceof InvokeResponse.Ok ok && ok.body() instanceof InvokeBody.Json json) {
            return runtime.jsonMapper().readValue(json.text(), type);
        }
        throw new AssertionError("'" + command + "' did not return JSON: " + response);
    }

    /** Why the command failed, as the window with the label sees it. */
    static InvokeError error(TauriRuntime runtime, String label, String command, Map<String, ?> args) {
        InvokeResponse response = invoke(runtime, label, command, args);
        if (response instanceof InvokeResponse.Err err) {
            return err.error();
        }
        throw new AssertionError("'" + command + "' succeeded but an error was expected: " + response);
    }

    static InvokeError error(TauriRuntime runtime, String command, Map<String, ?> args) {
        return error(runtime, "main", command, args);
    }

    static InvokeResponse invoke(TauriRuntime runtime, String label, String command, Map<String, ?> args) {
        try {
            return invokeAsync(runtime, label, command, args).get(10, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new AssertionError("No response to '" + command + "'", ex);
        }
    }

    /** Start an invoke without waiting for its response. */
    static CompletableFuture<InvokeResponse> invokeAsync(TauriRuntime runtime, String label, String command,
            Map<String, ?> args) {
        InvokeRequest request = new InvokeRequest(command, InvokeBody.json(runtime.jsonMapper().writeValueAsString(args)),
                Headers.empty(), PageConnection.detached(label));
        return runtime.invoker().invoke(request);
    }
}
