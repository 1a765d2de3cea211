package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * An image as RGBA pixels, as Tauri's {@code Image}: window and tray icons. Its exceptions say
 * what is wrong in words a page may be shown (the image plugin passes them on); the I/O or
 * decoding failure behind one is its cause, for the log.
 */
public final class Image {

    /**
     * The most pixels an image may have: what a Java array of RGBA bytes holds, four bytes a
     * pixel.
     */
    public static final long MAX_PIXELS = (Integer.MAX_VALUE - 8) / 4;

    private final byte[] rgba;

    private final int width;

    private final int height;

    /**
     * @param rgba the pixels, four bytes each (red, green, blue, alpha), row by row
     * @param width the width in pixels
     * @param height the height in pixels
     * @throws IllegalArgumentException when the pixels do not fill width × height
     */
    public Image(byte[] rgba, int width, int height) {
        this(width, height, Objects.requireNonNull(rgba, "rgba").clone());
    }

    /** An image that keeps the array it is given, which nothing else may hold. */
    private Image(int width, int height, byte[] rgba) {
        long needed = 4L * rgbaPixels(width, height);
        if (needed != rgba.length) {
            throw new IllegalArgumentException("An image of " + width + "x" + height + " needs " + needed
                    + " RGBA bytes, got " + rgba.length);
        }
        this.rgba = rgba;
        this.width = width;
        this.height = height;
    }

    /**
     * The pixels of an image of a size, checked to be at least one and to fit a Java array.
     * @throws IllegalArgumentException otherwise
     */
    private static long rgbaPixels(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("An image needs a width and a height of at least 1 pixel, not " + width
                    + "x" + height);
        }
        long pixels = (long) width * height;
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("An image of " + width + "x" + height + " has " + pixels
                    + " pixels, more than the " + MAX_PIXELS + " whose RGBA bytes a Java array holds");
        }
        return pixels;
    }

    /**
     * Decode an image file's bytes: PNG, JPEG, GIF or BMP, and whatever else Java's
     * {@link ImageIO} reads. ICO is not supported. An image of more than
     * {@link ImageDecoder#DEFAULT_MAX_PIXELS} pixels is refused before it is decoded; an
     * {@link ImageDecoder} of its own takes another limit.
     * @param bytes the file's content
     * @return the image
     * @throws IllegalArgumentException when the bytes are not an image Java can read, or declare
     * too many pixels
     */
    public static Image fromBytes(byte[] bytes) {
        return ImageDecoder.DEFAULT.decode(bytes);
    }

    /**
     * Read an image file: PNG, JPEG, GIF or BMP, and whatever else Java's {@link ImageIO} reads.
     * ICO is not supported. An image of more than {@link ImageDecoder#DEFAULT_MAX_PIXELS} pixels
     * is refused before it is decoded; an {@link ImageDecoder} of its own takes another limit.
     * @param path the file
     * @return the image
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not an image Java can read, or declares too
     * many pixels
     */
    public static Image fromPath(Path path) {
        return ImageDecoder.DEFAULT.read(path);
    }

    /**
     * An image from an AWT image.
     * @param image the image
     * @return the image
     * @throws IllegalArgumentException when it has more than {@link #MAX_PIXELS} pixels
     */
    public static Image fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgba = new byte[Math.toIntExact(4L * rgbaPixels(width, height))];
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                rgba[i++] = (byte) (argb >> 16);
                rgba[i++] = (byte) (argb >> 8);
                rgba[i++] = (byte) argb;
                rgba[i++] = (byte) (argb >>> 24);
            }
        }
        return new Image(width, height, rgba);
    }

    /**
     * This image as an AWT image, for Swing.
     * @return a new image
     */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(this.width, this.height, BufferedImage.TYPE_INT_ARGB);
        int i = 0;
        for (int y = 0; y < this.height; y++) {
            for (int x = 0; x < this.width; x++) {
                int argb = ((this.rgba[i + 3] & 0xff) << 24) | ((this.rgba[i] & 0xff) << 16)
                        | ((this.rgba[i + 1] & 0xff) << 8) | (this.rgba[i + 2] & 0xff);
                image.setRGB(x, y, argb);
                i += 4;
            }
        }
        return image;
    }

    /**
     * The pixels.
     * @return a copy of the RGBA bytes
     */
    public byte[] rgba() {
        return this.rgba.clone();
    }

    /**
     * The width.
     * @return the width in pixels
     */
    public int width() {
        return this.width;
    }

    /**
     * The height.
     * @return the height in pixels
     */
    public int height() {
        return this.height;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image image && image.width == this.width && image.height == this.height
                && Arrays.equals(image.rgba, this.rgba);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * this.width + this.height) + Arrays.hashCode(this.rgba);
    }

    @Override
    public String toString() {
        return "Image[" + this.width + "x" + this.height + "]";
    }
}
