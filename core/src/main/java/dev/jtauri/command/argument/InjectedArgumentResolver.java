package dev.jtauri.command.argument;

import java.util.Map;

import dev.jtauri.AppHandle;
import dev.jtauri.Headers;
import dev.jtauri.WebviewWindow;
import dev.jtauri.async.AsyncTools;
import dev.jtauri.async.TaskGroup;
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
 * {@link Headers}, the caller's {@link ResourceTable}, a {@link TaskGroup} of the call's own (cancelled
 * with the call), and for plugins the {@link PageConnection}, the {@link InvokeRequest} and the
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
            InvocationContext.class, (context) -> context,
            TaskGroup.class, InjectedArgumentResolver::callTaskGroup);

    /**
     * A task group of the call's own: its tasks run on after the command returns, and are
     * cancelled with the call (the page aborts it or leaves, it times out) or when the app ends.
     */
    private static TaskGroup callTaskGroup(InvocationContext context) {
        TaskGroup group = context.appHandle().tryState(AsyncTools.class)
            .orElseThrow(() -> new IllegalStateException("A TaskGroup parameter needs the app's AsyncTools in its state"))
            .taskGroup()
            .child();
        context.cancellation().onCancel(group::cancel);
        return group;
    }

    @Override
    public @Nullable ArgumentBinder binderFor(CommandParameter parameter) {
        return BINDERS.get(parameter.rawType());
    }
}
