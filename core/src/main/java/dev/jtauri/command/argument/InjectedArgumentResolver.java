package dev.jtauri.command.argument;

import java.util.Map;

import dev.jtauri.AppHandle;
import dev.jtauri.Headers;
import dev.jtauri.WebviewWindow;
import dev.jtauri.command.ArgumentBinder;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;

/**
 * Injects what the runtime knows about the call: the {@link AppHandle}, the caller's
 * {@link WebviewWindow} ({@code null} when the caller has no window), the request's
 * {@link Headers}, the caller's {@link ResourceTable}, and for plugins the {@link PageConnection}, the {@link InvokeRequest} and the
 * {@link InvocationContext} itself.
 */
public final class InjectedArgumentResolver implements ArgumentResolver {

    private static final Map<Class<?>, ArgumentBinder> BINDERS = Map.of(
            AppHandle.class, InvocationContext::appHandle,
            WebviewWindow.class, (context) -> context.request().page().window(),
            Headers.class, (context) -> context.request().headers(),
            ResourceTable.class, InvocationContext::resources,
            PageConnection.class, (context) -> context.request().page(),
            InvokeRequest.class, InvocationContext::request,
            InvocationContext.class, (context) -> context);

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        return BINDERS.get(parameter.rawType());
    }
}
