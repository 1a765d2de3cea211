package dev.jtauri.window;

import java.nio.file.Path;

import dev.jtauri.InvokeException;
import dev.jtauri.image.Image;
import tools.jackson.databind.JsonNode;

/** An image argument as {@code @tauri-apps/api}'s {@code transformImage} sends it. */
final class Images {

    private Images() {
    }

    /**
     * @param value a path (string) or an image file's bytes (array of numbers)
     * @return the image
     * @throws InvokeException when the value is neither, or not an image
     */
    static Image fromArgument(JsonNode value) {
        try {
            if (value.isString()) {
                return Image.fromPath(Path.of(value.asString()));
            }
            if (value.isArray()) {
                byte[] bytes = new byte[value.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) value.get(i).asInt();
                }
                return Image.fromBytes(bytes);
            }
        }
        catch (RuntimeException ex) {
            throw new InvokeException("the icon could not be read: " + ex.getMessage());
        }
        throw new InvokeException("an icon must be the bytes of an image file or a path to one; "
                + "Image resources are not supported yet");
    }
}
