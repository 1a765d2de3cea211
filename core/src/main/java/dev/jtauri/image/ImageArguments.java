package dev.jtauri.image;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.jtauri.InvokeException;
import dev.jtauri.resources.ResourceTable;
import tools.jackson.databind.JsonNode;

/**
 * Image arguments as {@code @tauri-apps/api} sends them, for plugins whose commands take an
 * image (a window or tray icon, a menu item's icon): Tauri's {@code JsImage}, which
 * {@code transformImage} makes of an {@code Image}, a path, bytes or RGBA pixels.
 *
 * <pre>{@code
 * @TauriCommand("set_icon")
 * public void setIcon(ResourceTable resources, WebviewWindow window, JsonNode value) {
 *     window.setIcon(ImageArguments.toImage(value, resources));
 * }
 * }</pre>
 */
public final class ImageArguments {

    private ImageArguments() {
    }

    /**
     * The image an argument names, image files decoded with {@link ImageDecoder#DEFAULT}.
     * @param value as {@link #toImage(JsonNode, ResourceTable, ImageDecoder)} takes it
     * @param resources the caller's resources
     * @return the image
     * @throws InvokeException as {@link #toImage(JsonNode, ResourceTable, ImageDecoder)}
     */
    public static Image toImage(JsonNode value, ResourceTable resources) {
        return toImage(value, resources, ImageDecoder.DEFAULT);
    }

    /**
     * The image an argument names.
     * @param value the id of an {@link Image} in the caller's resources (a number), a path to an
     * image file (a string), the bytes of an image file (an array of numbers, as the page's
     * {@code Uint8Array} or {@code ArrayBuffer} arrives), or {@code {rgba, width, height}}
     * @param resources the caller's resources
     * @param decoder what decodes an image file, with its limit on the file's pixels
     * @return the image
     * @throws InvokeException when the value is none of those, names no image, or the file or
     * bytes are not an image Java can read or declare more pixels than the decoder's limit
     */
    public static Image toImage(JsonNode value, ResourceTable resources, ImageDecoder decoder) {
        if (value.isIntegralNumber()) {
            if (!value.canConvertToInt()) {
                throw new InvokeException("no resource with id " + value);
            }
            return resources.get(value.intValue(), Image.class);
        }
        try {
            if (value.isString()) {
                return decoder.read(Path.of(value.stringValue()));
            }
            if (value.isArray()) {
                return decoder.decode(bytes(value, "image"));
            }
            if (value.isObject() && value.has("rgba") && value.has("width") && value.has("height")) {
                return new Image(bytes(value.get("rgba"), "rgba"), dimension(value, "width"),
                        dimension(value, "height"));
            }
        }
        catch (IllegalArgumentException | UncheckedIOException ex) {
            throw new InvokeException(ex.getMessage());
        }
        throw new InvokeException("an image must be an Image's resource id, a path to an image file, the bytes of "
                + "one or {rgba, width, height}");
    }

    /**
     * Bytes as the page's {@code Uint8Array}, {@code ArrayBuffer} or {@code number[]} arrive
     * inside an arguments object: an array of numbers from 0 to 255.
     * @param value the array
     * @param name the argument's name, for messages
     * @return the bytes
     * @throws InvokeException when it is not an array of such numbers
     */
    public static byte[] bytes(JsonNode value, String name) {
        if (!value.isArray()) {
            throw new InvokeException(name + " must be an array of bytes (0-255)");
        }
        byte[] bytes = new byte[value.size()];
        for (int i = 0; i < bytes.length; i++) {
            JsonNode element = value.get(i);
            if (!element.isIntegralNumber() || !element.canConvertToInt() || element.intValue() < 0
                    || element.intValue() > 255) {
                throw new InvokeException(name + " must be an array of bytes (0-255): element " + i + " is not");
            }
            bytes[i] = (byte) element.intValue();
        }
        return bytes;
    }

    private static int dimension(JsonNode image, String name) {
        JsonNode value = image.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvokeException(name + " must be a whole number of pixels");
        }
        return value.intValue();
    }
}
