package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        Objects.requireNonNull(rgba, "rgba");
        if (width < 1 || height < 1 || (long) width * height * 4 != rgba.length) {
            throw new IllegalArgumentException("An image of " + width + "x" + height + " needs " + (4L * width * height)
                    + " RGBA bytes, got " + rgba.length);
        }
        this.rgba = rgba.clone();
        this.width = width;
        this.height = height;
    }

    /**
     * Decode an image file's bytes: PNG, JPEG, GIF or BMP, and whatever else Java's
     * {@link ImageIO} reads. ICO is not supported.
     * @param bytes the file's content
     * @return the image
     * @throws IllegalArgumentException when the bytes are not an image Java can read
     */
    public static Image fromBytes(byte[] bytes) {
        return decode(bytes, "the image bytes");
    }

    /**
     * Read an image file: PNG, JPEG, GIF or BMP, and whatever else Java's {@link ImageIO} reads.
     * ICO is not supported.
     * @param path the file
     * @return the image
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not an image Java can read
     */
    public static Image fromPath(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the image " + path + ": " + unreadable(path, ex), ex);
        }
        return decode(bytes, path.toString());
    }

    /** Why a file could not be read, in words: the exception's class and text are not for a page. */
    private static String unreadable(Path path, IOException ex) {
        if (ex instanceof NoSuchFileException) {
            return "no such file";
        }
        if (ex instanceof AccessDeniedException) {
            return "access denied";
        }
        return Files.isDirectory(path) ? "it is a folder" : "it could not be read";
    }

    /**
     * An image from an AWT image.
     * @param image the image
     * @return the image
     */
    public static Image fromBufferedImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgba = new byte[width * height * 4];
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
        return new Image(rgba, width, height);
    }

    private static Image decode(byte[] bytes, String what) {
        if (isIco(bytes)) {
            throw new IllegalArgumentException("Cannot read " + what + ": ICO images are not supported, "
                    + "use PNG, JPEG, GIF or BMP");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        }
        catch (IOException | RuntimeException ex) {
            // A decoder's own words (and its runtime failures on bad data) are not for a page.
            throw new IllegalArgumentException("Cannot read " + what + ": the image data is damaged", ex);
        }
        if (image == null) {
            throw new IllegalArgumentException("Cannot read " + what + ": not a PNG, JPEG, GIF or BMP image");
        }
        return fromBufferedImage(image);
    }

    /** An ICO file starts with a reserved zero word and type 1. */
    private static boolean isIco(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0;
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
