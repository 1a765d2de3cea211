package dev.jtauri.webview;

import java.util.List;

import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import org.jspecify.annotations.Nullable;

/**
 * A page connected to the runtime: it sends invokes, and receives events and channel messages.
 * A JCEF browser is one; the test client is another.
 *
 * <p>The delivery methods are called from any thread, often concurrently, and must not block:
 * a browser queues the script, the test client records the message.
 */
public interface PageConnection {

    /**
     * A page that receives nothing: the caller of an invoke made from Java code (a benchmark, a
     * codec test), where events and channel messages have nowhere to go.
     * @param label the label invokes are made under
     * @return the page
     */
    static PageConnection detached(String label) {
        return new PageConnection() {

            @Override
            public String label() {
                return label;
            }

            @Override
            public @Nullable WebviewWindow window() {
                return null;
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
        };
    }

    /**
     * The page's webview label, unique among connected pages.
     * @return the label
     */
    String label();

    /**
     * The window showing the page.
     * @return the window, or {@code null} when the page has none (the test client)
     */
    @Nullable WebviewWindow window();

    /**
     * Whether the page is still there: its window is open and, where the connection stands for
     * one document of the window (a call's caller), the window still shows that document. A
     * channel to a page that is gone refuses to send, as Tauri's does once its webview is gone,
     * and a listener a call registers for it is dropped.
     * @return false once the window closed, or the document was replaced (a reload, a navigation)
     */
    default boolean isOpen() {
        return true;
    }

    /**
     * The connection the runtime knows this page by ({@code TauriRuntime.connect}), which holds
     * its resources: itself, or for one document of a window's page, the window's.
     * @return the connected page
     */
    default PageConnection connection() {
        return this;
    }

    /**
     * Deliver an event to listeners the page registered with {@code plugin:event|listen}.
     * @param event the event's name
     * @param payloadJson the payload as JSON text
     * @param listeners the page's listeners to call, never empty
     */
    void deliverEvent(String event, String payloadJson, List<PageListener> listeners);

    /**
     * Deliver a channel message. Indexes start at 0 and grow by one per message; the page uses
     * them to restore the sending order.
     * @param channelId the page's channel id
     * @param index the message's index
     * @param message the message
     */
    void deliverChannelMessage(long channelId, long index, InvokeBody message);

    /**
     * Tell the page a channel has ended after the given number of messages.
     * @param channelId the page's channel id
     * @param index the index after the last message
     */
    void closeChannel(long channelId, long index);
}
