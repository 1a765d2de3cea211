package dev.jtauri.webview.jcef;

import java.util.List;

import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;

/**
 * One document of a window's page, as the calls it makes see their caller: the window, as long as
 * it shows this document. Once the page reloads or navigates, or the window closes, the document
 * is gone ({@link #isOpen()} is false): a channel it opened stops taking messages, and a listener
 * one of its calls registers late is dropped rather than left for a page that will never handle
 * it.
 */
final class PageDocument implements PageConnection {

    private final JcefWindow window;

    PageDocument(JcefWindow window) {
        this.window = window;
    }

    @Override
    public String label() {
        return this.window.label();
    }

    @Override
    public WebviewWindow window() {
        return this.window;
    }

    @Override
    public boolean isOpen() {
        return this.window.isOpen() && this.window.document() == this;
    }

    @Override
    public PageConnection connection() {
        return this.window;
    }

    @Override
    public void deliverEvent(String event, String payloadJson, List<PageListener> listeners) {
        this.window.deliverEvent(event, payloadJson, listeners);
    }

    @Override
    public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
        this.window.deliverChannelMessage(this, channelId, index, message);
    }

    @Override
    public void closeChannel(long channelId, long index) {
        this.window.closeChannel(channelId, index);
    }

    @Override
    public String toString() {
        return "a document of " + this.window;
    }
}
