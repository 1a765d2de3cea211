package dev.jtauri.window;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.jtauri.AppHandle;
import dev.jtauri.WebviewWindow;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import org.jspecify.annotations.Nullable;

/**
 * A window for the plugin tests: it records the {@link WebviewWindow} calls the commands make,
 * and answers getters with fixed values, so a test sees what reaches the window API from the
 * wire. The real window's behaviour is the end-to-end tests' business.
 */
final class RecordingWindow implements PageConnection {

    /** One call: the method's name and its arguments. */
    record Call(String method, List<@Nullable Object> arguments) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();

    private final String label;

    private final WebviewWindow window;

    private volatile boolean resizable = true;

    RecordingWindow(String label, AppHandle app) {
        this.label = label;
        Map<String, Object> answers = Map.of("label", label, "title", "Recorded", "innerSize", new PhysicalSize(640, 480),
                "outerPosition", new PhysicalPosition(10, 20), "scaleFactor", 1.0, "appHandle", app);
        this.window = (WebviewWindow) Proxy.newProxyInstance(WebviewWindow.class.getClassLoader(),
                new Class<?>[] { WebviewWindow.class }, (proxy, method, args) -> {
                    if (method.getName().equals("isResizable")) {
                        return this.resizable;
                    }
                    if (answers.containsKey(method.getName())) {
                        return answers.get(method.getName());
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    this.calls.add(new Call(method.getName(), (args != null) ? Arrays.asList(args) : List.of()));
                    return (method.getReturnType() == boolean.class) ? false : null;
                });
    }

    RecordingWindow resizable(boolean resizable) {
        this.resizable = resizable;
        return this;
    }

    @Override
    public String label() {
        return this.label;
    }

    @Override
    public WebviewWindow window() {
        return this.window;
    }

    @Override
    public void deliverEvent(String event, String payloadJson, List<PageListener> listeners) {
    }

    @Override
    public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
    }

    @Override
    public void closeChannel(long channelId, long index) {
    }
}
