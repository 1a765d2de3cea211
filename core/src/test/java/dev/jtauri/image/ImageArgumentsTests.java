package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.jtauri.InvokeException;
import dev.jtauri.resources.ResourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each form of Tauri's {@code JsImage}, as {@code transformImage} of {@code @tauri-apps/api/image}
 * sends it.
 */
class ImageArgumentsTests {

    private static final Image RED = new Image(new byte[] { (byte) 255, 0, 0, (byte) 255 }, 1, 1);

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final ResourceTable resources = new ResourceTable();

    @TempDir
    Path folder;

    @Test
    void resourceIdShouldBeTheImageInTheCallersResources() {
        int rid = this.resources.add(RED);

        assertThat(ImageArguments.toImage(this.mapper.valueToTree(rid), this.resources)).isSameAs(RED);
    }

    @Test
    void resourceIdOfSomethingElseShouldFailNamingIt() {
        int rid = this.resources.add("text");

        assertThatExceptionOfType(InvokeException.class)
            .isThrownBy(() -> ImageArguments.toImage(this.mapper.valueToTree(rid), this.resources))
            .withMessage("resource id " + rid + " is not an Image");
    }

    @Test
    void pathShouldBeReadAsAnImageFile() throws IOException {
        Path file = Files.write(this.folder.resolve("red.png"), png());

        assertThat(ImageArguments.toImage(this.mapper.valueToTree(file.toString()), this.resources)).isEqualTo(RED);
    }

    @Test
    void arrayOfNumbersShouldBeDecodedAsAnImageFile() throws IOException {
        ArrayNode bytes = this.mapper.createArrayNode();
        for (byte b : png()) {
            bytes.add(b & 0xff);
        }

        assertThat(ImageArguments.toImage(bytes, this.resources)).isEqualTo(RED);
    }

    @Test
    void rgbaObjectShouldBeThePixels() {
        JsonNode value = this.mapper.readTree("{\"rgba\":[255,0,0,255],\"width\":1,\"height\":1}");

        assertThat(ImageArguments.toImage(value, this.resources)).isEqualTo(RED);
    }

    @Test
    void otherValueShouldFailSayingWhatAnImageIs() {
        assertThatExceptionOfType(InvokeException.class)
            .isThrownBy(() -> ImageArguments.toImage(this.mapper.readTree("{\"a\":1}"), this.resources))
            .withMessage("an image must be an Image's resource id, a path to an image file, the bytes of one or "
                    + "{rgba, width, height}");
    }

    @Test
    void unreadableBytesShouldFailAsAnInvokeException() {
        assertThatExceptionOfType(InvokeException.class)
            .isThrownBy(() -> ImageArguments.toImage(this.mapper.readTree("[1,2,3]"), this.resources))
            .withMessage("Cannot read the image bytes: not a PNG, JPEG, GIF or BMP image");
    }

    @Test
    void bytesShouldRejectAnElementThatIsNoByte() {
        assertThatExceptionOfType(InvokeException.class)
            .isThrownBy(() -> ImageArguments.bytes(this.mapper.readTree("[0,255,-1]"), "bytes"))
            .withMessage("bytes must be an array of bytes (0-255): element 2 is not");
        assertThatExceptionOfType(InvokeException.class)
            .isThrownBy(() -> ImageArguments.bytes(this.mapper.readTree("\"AAE=\""), "bytes"))
            .withMessage("bytes must be an array of bytes (0-255)");
    }

    private static byte[] png() throws IOException {
        BufferedImage picture = RED.toBufferedImage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
