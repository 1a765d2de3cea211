package dev.jtauri.autoconfigure;

import java.io.IOException;
import java.io.InputStream;

import dev.jtauri.image.Image;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The app's icon: {@code tauri.bundle.icon}, else {@code classpath:icons/icon.png} when the app
 * has one. A set location that cannot be read fails the startup, naming the property.
 */
final class AppIcons {

    /** Where an app's icon is looked for when {@code tauri.bundle.icon} is not set. */
    static final String DEFAULT_LOCATION = "classpath:icons/icon.png";

    private AppIcons() {
    }

    static @Nullable Image load(TauriProperties properties, ResourceLoader resources) {
        String location = properties.getBundle().getIcon();
        if (location == null) {
            Resource fallback = resources.getResource(DEFAULT_LOCATION);
            return fallback.exists() ? read(fallback, DEFAULT_LOCATION + " (the default of tauri.bundle.icon)") : null;
        }
        Resource icon = resources.getResource(location);
        if (!icon.exists()) {
            throw new IllegalStateException("tauri.bundle.icon is '" + location + "', but there is no such file");
        }
        return read(icon, "tauri.bundle.icon '" + location + "'");
    }

    private static Image read(Resource icon, String what) {
        try (InputStream in = icon.getInputStream()) {
            return Image.fromBytes(in.readAllBytes());
        }
        catch (IOException | IllegalArgumentException ex) {
            throw new IllegalStateException(what + " cannot be read as an image: " + ex.getMessage(), ex);
        }
    }
}
