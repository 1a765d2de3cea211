package dev.jtauri.image;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourceTable;
import tools.jackson.databind.JsonNode;

/**
 * The image plugin: the {@code plugin:image|*} commands of {@code @tauri-apps/api/image}. An
 * {@code Image} on the page is the id of an {@link Image} in its page's {@link ResourceTable};
 * {@code image.close()} removes it (the {@code resources} plugin).
 */
public final class ImagePluginCommands {

    /** The plugin's name: its commands are {@code plugin:image|<command>}. */
    public static final String PLUGIN = "image";

    private static final String NEW = "new";

    private static final String FROM_BYTES = "from_bytes";

    private static final String FROM_PATH = "from_path";

    private static final String RGBA = "rgba";

    private static final String SIZE = "size";

    private final ImageDecoder decoder;

    private ImagePluginCommands(ImageDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * The image plugin, built in, decoding image files with {@link ImageDecoder#DEFAULT}.
     * @return the plugin
     * @see #plugin(ImageDecoder)
     */
    public static TauriPlugin plugin() {
        return plugin(ImageDecoder.DEFAULT);
    }

    /**
     * The image plugin, built in: Tauri's {@code core:image:default} allows all its commands.
     * @param decoder what decodes the files {@code Image.fromBytes} and {@code fromPath} send,
     * with its limit on their size
     * @return the plugin
     */
    public static TauriPlugin plugin(ImageDecoder decoder) {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new ImagePluginCommands(decoder))
            .defaults(NEW, FROM_BYTES, FROM_PATH, RGBA, SIZE)
            .build();
    }

    /**
     * {@code Image.new(rgba, width, height)}.
     * @param resources the caller's resources
     * @param rgba the pixels, four bytes each, row by row: an array of numbers
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the image's resource id
     * @throws InvokeException when the pixels do not fill width × height
     */
    @TauriCommand(NEW)
    public int create(ResourceTable resources, JsonNode rgba, int width, int height) {
        byte[] pixels = ImageArguments.bytes(rgba, RGBA);
        try {
            return resources.add(new Image(pixels, width, height));
        }
        catch (IllegalArgumentException ex) {
            throw new InvokeException(ex.getMessage());
        }
    }

    /**
     * {@code Image.fromBytes(bytes)}: an image file's content, PNG, JPEG, GIF or BMP.
     * @param resources the caller's resources
     * @param bytes the file's content: an array of numbers
     * @return the image's resource id
     * @throws InvokeException when the bytes are not an image Java can read (ICO is not supported),
     * or declare more pixels than the decoder's limit
     */
    @TauriCommand(FROM_BYTES)
    public int fromBytes(ResourceTable resources, JsonNode bytes) {
        byte[] content = ImageArguments.bytes(bytes, "bytes");
        try {
            return resources.add(this.decoder.decode(content));
        }
        catch (IllegalArgumentException ex) {
            throw new InvokeException(ex.getMessage());
        }
    }

    /**
     * {@code Image.fromPath(path)}: an image file, PNG, JPEG, GIF or BMP.
     * @param resources the caller's resources
     * @param path the file, absolute or relative to the working folder
     * @return the image's resource id
     * @throws InvokeException when the file cannot be read, is not an image Java can read, or
     * declares more pixels than the decoder's limit
     */
    @TauriCommand(FROM_PATH)
    public int fromPath(ResourceTable resources, String path) {
        try {
            return resources.add(this.decoder.read(Path.of(path)));
        }
        catch (IllegalArgumentException | UncheckedIOException ex) {
            throw new InvokeException(ex.getMessage());
        }
    }

    /**
     * {@code image.rgba()}.
     * @param resources the caller's resources
     * @param rid the image's resource id
     * @return the pixels, which reach the page as an {@code ArrayBuffer}
     */
    @TauriCommand(RGBA)
    public byte[] rgba(ResourceTable resources, int rid) {
        return resources.get(rid, Image.class).rgba();
    }

    /**
     * {@code image.size()}.
     * @param resources the caller's resources
     * @param rid the image's resource id
     * @return its width and height in pixels
     */
    @TauriCommand(SIZE)
    public Size size(ResourceTable resources, int rid) {
        Image image = resources.get(rid, Image.class);
        return new Size(image.width(), image.height());
    }

    /**
     * An image's size, as {@code image.size()} answers it.
     * @param width the width in pixels
     * @param height the height in pixels
     */
    public record Size(int width, int height) {
    }
}
