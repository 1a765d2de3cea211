package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Image files decoded with a limit on their pixels: a file may declare a size far beyond its own,
 * and the declared size is what decoding would allocate.
 */
class ImageDecoderTests {

    @TempDir
    Path folder;

    @Test
    void aSmallFileDeclaringAHugeImageShouldBeRefusedFromItsHeaderNamingSizeLimitAndProperty() {
        byte[] png = PngHeaders.declaring(16000, 16000);
        assertThat(png).hasSizeLessThan(200);

        // Decoding would take 16000 x 16000 x 4 bytes (about 1 GB) twice over: the refusal comes first.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatIllegalArgumentException()
            .isThrownBy(() -> Image.fromBytes(png))
            .withMessage("Cannot read the image bytes: it declares 16000x16000 = 256000000 pixels, more than the "
                    + "limit of 16777216 (tauri.image.max-pixels)"));
    }

    @Test
    void aFileDeclaringAHugeImageShouldBeRefusedFromItsPathToo() throws IOException {
        Path file = Files.write(this.folder.resolve("bomb.png"), PngHeaders.declaring(20000, 10000));

        assertThatIllegalArgumentException().isThrownBy(() -> Image.fromPath(file))
            .withMessage("Cannot read " + file + ": it declares 20000x10000 = 200000000 pixels, more than the "
                    + "limit of 16777216 (tauri.image.max-pixels)");
    }

    @Test
    void theLimitShouldCountPixelsWhateverTheShape() throws IOException {
        byte[] threeByTwo = png(new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB));

        assertThat(new ImageDecoder(6).decode(threeByTwo).width()).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> new ImageDecoder(5).decode(threeByTwo))
            .withMessage("Cannot read the image bytes: it declares 3x2 = 6 pixels, more than the limit of 5 "
                    + "(tauri.image.max-pixels)");
    }

    @Test
    void anImageWithinTheDefaultLimitShouldDecode() throws IOException {
        BufferedImage picture = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(1, 2, 0x80102030);
        Path file = Files.write(this.folder.resolve("small.png"), png(picture));

        assertThat(Image.fromPath(file)).isEqualTo(Image.fromBufferedImage(picture));
        assertThat(Image.fromBytes(Files.readAllBytes(file))).isEqualTo(Image.fromBufferedImage(picture));
    }

    @Test
    void aHeaderWithinTheLimitOverDataThatIsNotThereShouldFailAsUnreadable() {
        assertThatIllegalArgumentException().isThrownBy(() -> Image.fromBytes(PngHeaders.declaring(64, 64)))
            .withMessageStartingWith("Cannot read the image bytes: ");
    }

    @Test
    void icoAndOtherBytesShouldBeRefusedSayingWhatIsRead() {
        assertThatIllegalArgumentException().isThrownBy(() -> Image.fromBytes(new byte[] { 0, 0, 1, 0, 1, 0 }))
            .withMessage("Cannot read the image bytes: ICO images are not supported, use PNG, JPEG, GIF or BMP");
        assertThatIllegalArgumentException().isThrownBy(() -> Image.fromBytes(new byte[] { 1, 2, 3 }))
            .withMessage("Cannot read the image bytes: not a PNG, JPEG, GIF or BMP image");
    }

    @Test
    void aLimitShouldBePositiveAndFitAJavaArray() {
        assertThat(ImageDecoder.DEFAULT.maxPixels()).isEqualTo(4096L * 4096L);
        assertThatIllegalArgumentException().isThrownBy(() -> new ImageDecoder(0))
            .withMessage("The pixel limit must be between 1 and 536870909 (what a Java array of RGBA bytes holds), was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new ImageDecoder(Image.MAX_PIXELS + 1))
            .withMessageEndingWith("was 536870910");
    }

    @Test
    void pixelsWhoseRgbaBytesNoArrayHoldsShouldBeRefusedNotOverflowed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Image(new byte[4], 65536, 65536))
            .withMessage("An image of 65536x65536 has 4294967296 pixels, more than the 536870909 whose RGBA bytes a "
                    + "Java array holds");
        assertThatIllegalArgumentException().isThrownBy(() -> new Image(new byte[4], 46341, 46341))
            .withMessageContaining("2147488281 pixels");
        assertThatIllegalArgumentException().isThrownBy(() -> new Image(new byte[3], 1, 1))
            .withMessage("An image of 1x1 needs 4 RGBA bytes, got 3");
        assertThatIllegalArgumentException().isThrownBy(() -> new Image(new byte[0], 0, 5))
            .withMessage("An image needs a width and a height of at least 1 pixel, not 0x5");
    }

    @Test
    void anAwtImageTooLargeForRgbaBytesShouldBeRefusedBeforeAnyArrayIsMade() {
        // Only its size is asked for: the pixels of a real one would not fit this machine's heap.
        BufferedImage huge = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB) {

            @Override
            public int getWidth() {
                return 40000;
            }

            @Override
            public int getHeight() {
                return 40000;
            }
        };

        assertThatIllegalArgumentException().isThrownBy(() -> Image.fromBufferedImage(huge))
            .withMessage("An image of 40000x40000 has 1600000000 pixels, more than the 536870909 whose RGBA bytes a "
                    + "Java array holds");
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, "png", out)).isTrue();
        return out.toByteArray();
    }
}
