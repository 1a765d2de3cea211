package dev.jtauri.webview.jcef;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import dev.jtauri.window.WindowEvent.Focused;
import dev.jtauri.window.WindowEvent.Moved;
import dev.jtauri.window.WindowEvent.Resized;
import dev.jtauri.window.WindowEvent.ScaleFactorChanged;
import dev.jtauri.window.WindowEvents;

/**
 * Turns a Swing frame's AWT events into Tauri's window events: resized, moved, focused, blurred,
 * scale changed. The listeners run on the EDT and only measure and hand off:
 * {@link WindowEvents#fire} queues the delivery.
 */
final class FrameEvents {

    private FrameEvents() {
    }

    static void install(SwingWindow window, WindowEvents events) {
        double[] scale = { window.scaleFactor() };
        window.frame().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                events.fire(new Resized(window.innerSize()));
            }

            @Override
            public void componentMoved(ComponentEvent event) {
                events.fire(new Moved(window.outerPosition()));
            }
        });
        window.frame().addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent event) {
                events.fire(new Focused(true));
            }

            @Override
            public void windowLostFocus(WindowEvent event) {
                events.fire(new Focused(false));
            }
        });
        window.frame().addPropertyChangeListener("graphicsConfiguration", (change) -> {
            double now = window.scaleFactor();
            if (now != scale[0]) {
                scale[0] = now;
                events.fire(new ScaleFactorChanged(now, window.innerSize()));
            }
        });
    }
}
