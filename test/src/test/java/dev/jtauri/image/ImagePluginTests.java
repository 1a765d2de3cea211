package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.resources.ResourcesPluginCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @tauri-apps/api/image} through the invoke pipeline: the calls, with the arguments,
 * that image.js makes. Bytes arrive as arrays of numbers, as the bridge sends a page's
 * {@code Uint8Array} or {@code ArrayBuffer} inside an arguments object.
 */
class ImagePluginTests {

    private static final byte[] TWO_BY_TWO = { (byte) 255, 0, 0, (byte) 255, 0, (byte) 255, 0, (byte) 255, 0, 0,
            (byte) 255, (byte) 255, 10, 20, 30, 40 };

    private final RuntimeFixture fixture = RuntimeFixture
        .start((builder) -> builder.plugins(List.of(ImagePluginCommands.plugin(), ResourcesPluginCommands.plugin())));

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void newShouldAnswerAResourceIdWhoseSizeAndPixelsAreTheImages() {
        int rid = this.fixture.client
            .invoke("plugin:image|new", Map.of("rgba", numbers(TWO_BY_TWO), "width", 2, "height", 2))
            .as(Integer.class);

        assertThat(rid).isPositive();
        assertThat(size(rid)).isEqualTo(Map.of("width", 2, "height", 2));
        assertThat(this.fixture.client.invoke("plugin:image|rgba", Map.of("rid", rid)).bytes()).isEqualTo(TWO_BY_TWO);
    }

    @Test
    void newWhenThePixelsDoNotFillTheImageShouldRejectSayingHowManyItNeeds() {
        assertThat(this.fixture.client
            .invoke("plugin:image|new", Map.of("rgba", List.of(1, 2, 3), "width", 2, "height", 2))
            .error()
            .message()).isEqualTo("An image of 2x2 needs 16 RGBA bytes, got 3");
    }

    @Test
    void newWhenAnElementIsNotAByteShouldRejectNamingTheArgument() {
        assertThat(this.fixture.client
            .invoke("plugin:image|new", Map.of("rgba", List.of(1, 2, 3, 300), "width", 1, "height", 1))
            .error()
            .message()).isEqualTo("rgba must be an array of bytes (0-255): element 3 is not");
    }

    @Test
    void fromBytesShouldDecodeAPng() throws IOException {
        BufferedImage picture = picture();

        int rid = this.fixture.client.invoke("plugin:image|from_bytes", Map.of("bytes", numbers(png(picture))))
            .as(Integer.class);

        assertThat(size(rid)).isEqualTo(Map.of("width", 3, "height", 2));
        assertThat(this.fixture.client.invoke("plugin:image|rgba", Map.of("rid", rid)).bytes())
            .isEqualTo(Image.fromBufferedImage(picture).rgba());
    }

    @Test
    void fromBytesWhenIcoShouldRejectSayingItIsNotSupported() {
        List<Integer> ico = List.of(0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0);

        assertThat(this.fixture.client.invoke("plugin:image|from_bytes", Map.of("bytes", ico)).error().message())
            .isEqualTo("Cannot read the image bytes: ICO images are not supported, use PNG, JPEG, GIF or BMP");
    }

    @Test
    void fromBytesWhenNotAnImageShouldRejectNamingTheFormats() {
        assertThat(this.fixture.client.invoke("plugin:image|from_bytes", Map.of("bytes", List.of(1, 2, 3)))
            .error()
            .message()).isEqualTo("Cannot read the image bytes: not a PNG, JPEG, GIF or BMP image");
    }

    @Test
    void fromBytesWhenTheHeaderDeclaresAHugeImageShouldRejectNamingSizeLimitAndProperty() throws IOException {
        byte[] bomb = declaring(png(picture()), 16000, 16000);

        assertThat(this.fixture.client.invoke("plugin:image|from_bytes", Map.of("bytes", numbers(bomb))).error()
            .message()).isEqualTo("Cannot read the image bytes: it declares 16000x16000 = 256000000 pixels, more than "
                    + "the limit of 16777216 (tauri.image.max-pixels)");
    }

    @Test
    void fromPathWhenTheFileDeclaresMorePixelsThanThePluginsLimitShouldRejectNamingIt() throws IOException {
        Path file = Files.write(this.folder.resolve("icon.png"), png(picture()));
        RuntimeFixture limited = RuntimeFixture.start((builder) -> builder
            .plugins(List.of(ImagePluginCommands.plugin(new ImageDecoder(5)), ResourcesPluginCommands.plugin())));
        try {
            assertThat(limited.client.invoke("plugin:image|from_path", Map.of("path", file.toString())).error()
                .message()).isEqualTo("Cannot read " + file + ": it declares 3x2 = 6 pixels, more than the limit of 5 "
                        + "(tauri.image.max-pixels)");
        }
        finally {
            limited.close();
        }
    }

    @Test
    void fromPathShouldReadAnImageFile() throws IOException {
        Path file = Files.write(this.folder.resolve("icon.png"), png(picture()));

        int rid = this.fixture.client.invoke("plugin:image|from_path", Map.of("path", file.toString()))
            .as(Integer.class);

        assertThat(size(rid)).isEqualTo(Map.of("width", 3, "height", 2));
    }

    @Test
    void fromPathWhenTheFileIsMissingShouldRejectNamingItInWords() {
        Path missing = this.folder.resolve("missing.png");

        assertThat(this.fixture.client.invoke("plugin:image|from_path", Map.of("path", missing.toString()))
            .error()
            .message()).isEqualTo("Cannot read the image " + missing + ": no such file");
    }

    @Test
    void fromPathWhenThePathIsAFolderShouldRejectSayingSo() {
        assertThat(this.fixture.client.invoke("plugin:image|from_path", Map.of("path", this.folder.toString()))
            .error()
            .message()).isEqualTo("Cannot read the image " + this.folder + ": it is a folder");
    }

    @Test
    void sizeOfAClosedImageShouldRejectNamingTheId() {
        int rid = this.fixture.client
            .invoke("plugin:image|new", Map.of("rgba", numbers(TWO_BY_TWO), "width", 2, "height", 2))
            .as(Integer.class);

        assertThat(this.fixture.client.invoke("plugin:resources|close", Map.of("rid", rid)).isOk()).isTrue();

        assertThat(this.fixture.client.invoke("plugin:image|size", Map.of("rid", rid)).error().message())
            .isEqualTo("no resource with id " + rid);
    }

    @Test
    void sizeOfAResourceThatIsNoImageShouldRejectNamingTheId() {
        int rid = this.fixture.runtime.resources("main").orElseThrow().add("not an image");

        assertThat(this.fixture.client.invoke("plugin:image|size", Map.of("rid", rid)).error().message())
            .isEqualTo("resource id " + rid + " is not an Image");
    }

    @Test
    void imageShouldBeReachableFromJavaInThePagesResources() {
        int rid = this.fixture.client
            .invoke("plugin:image|new", Map.of("rgba", numbers(TWO_BY_TWO), "width", 2, "height", 2))
            .as(Integer.class);

        assertThat(this.fixture.runtime.resources("main").orElseThrow().get(rid, Image.class))
            .isEqualTo(new Image(TWO_BY_TWO, 2, 2));
    }

    @Test
    void defaultPermissionsShouldBeTaurisCoreImageDefault() {
        assertThat(ImagePluginCommands.plugin().defaults()).containsExactlyInAnyOrder("new", "from_bytes", "from_path",
                "rgba", "size");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> size(int rid) {
        return this.fixture.client.invoke("plugin:image|size", Map.of("rid", rid)).as(Map.class);
    }

    /** Three by two pixels, one of them half transparent. */
    private static BufferedImage picture() {
        BufferedImage picture = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, 0xffff0000);
        picture.setRGB(1, 0, 0xff00ff00);
        picture.setRGB(2, 0, 0xff0000ff);
        picture.setRGB(0, 1, 0x80102030);
        picture.setRGB(1, 1, 0xffffffff);
        picture.setRGB(2, 1, 0xff000000);
        return picture;
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, "png", out)).isTrue();
        return out.toByteArray();
    }

    /**
     * The PNG with its header's size changed (and its CRC with it): the header is all a decoder
     * reads before it knows the size.
     */
    private static byte[] declaring(byte[] png, int width, int height) {
        byte[] changed = png.clone();
        // After the 8-byte signature: the IHDR chunk's length, its type, then width and height.
        ByteBuffer.wrap(changed, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(changed, 12, 4 + 13);
        ByteBuffer.wrap(changed, 12 + 4 + 13, 4).putInt((int) crc.getValue());
        return changed;
    }

    /** Bytes as the bridge sends a {@code Uint8Array} inside an arguments object. */
    private static List<Integer> numbers(byte[] bytes) {
        List<Integer> numbers = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            numbers.add(b & 0xff);
        }
        return numbers;
    }
}
