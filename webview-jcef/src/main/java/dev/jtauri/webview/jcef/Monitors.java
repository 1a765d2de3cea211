package dev.jtauri.webview.jcef;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.window.Monitor;

/** The screens AWT knows, as Tauri's monitors in physical pixels. EDT only. */
final class Monitors {

    private Monitors() {
    }

    static List<Monitor> all() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices())
            .map(Monitors::of)
            .toList();
    }

    static Optional<Monitor> primary() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        return environment.isHeadlessInstance() ? Optional.empty() : Optional.of(of(environment.getDefaultScreenDevice()));
    }

    static Optional<Monitor> at(double physicalX, double physicalY) {
        for (GraphicsDevice device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            Monitor monitor = of(device);
            PhysicalPosition position = monitor.position();
            PhysicalSize size = monitor.size();
            if (physicalX >= position.x() && physicalX < position.x() + size.width() && physicalY >= position.y()
                    && physicalY < position.y() + size.height()) {
                return Optional.of(monitor);
            }
        }
        return Optional.empty();
    }

    static Monitor of(GraphicsDevice device) {
        GraphicsConfiguration configuration = device.getDefaultConfiguration();
        double scale = scaleOf(configuration);
        Rectangle bounds = configuration.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(configuration);
        Rectangle work = new Rectangle(bounds.x + insets.left, bounds.y + insets.top,
                bounds.width - insets.left - insets.right, bounds.height - insets.top - insets.bottom);
        return new Monitor(device.getIDstring(), size(bounds, scale), position(bounds, scale),
                new Monitor.WorkArea(position(work, scale), size(work, scale)), scale);
    }

    static double scaleOf(GraphicsConfiguration configuration) {
        return configuration.getDefaultTransform().getScaleX();
    }

    private static PhysicalSize size(Rectangle bounds, double scale) {
        return new PhysicalSize((int) Math.round(bounds.width * scale), (int) Math.round(bounds.height * scale));
    }

    private static PhysicalPosition position(Rectangle bounds, double scale) {
        return new PhysicalPosition((int) Math.round(bounds.x * scale), (int) Math.round(bounds.y * scale));
    }
}
