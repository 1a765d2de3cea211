package dev.jtauri.command.argument;

import dev.jtauri.AppHandle;
import dev.jtauri.Headers;
import dev.jtauri.WebviewWindow;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandParameter;
import dev.jtauri.command.InvocationContext;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;

/**
 * Injects what the runtime knows about the call: the {@link AppHandle}, the caller's
 * {@link WebviewWindow} ({@code null} when the caller has no window), the request's
 * {@link Headers}, and for plugins the {@link PageConnection} and the {@link InvokeRequest}.
 */
public final class InjectedArgumentResolver implements ArgumentResolver {

    @Override
    public boolean supportsParameter(CommandParameter parameter) {
        Class<?> type = parameter.rawType();
        return type == AppHandle.class || type == WebviewWindow.class || type == Headers.class
                || type == PageConnection.class || type == InvokeRequest.class;
    }

    @Override
    public @Nullable Object resolveArgument(CommandParameter parameter, InvocationContext context) {
        Class<?> type = parameter.rawType();
        if (type == AppHandle.class) {
            return context.appHandle();
        }
        if (type == WebviewWindow.class) {
            return context.request().page().window();
        }
        if (type == Headers.class) {
            return context.request().headers();
        }
        if (type == PageConnection.class) {
            return context.request().page();
        }
        return context.request();
    }
}
