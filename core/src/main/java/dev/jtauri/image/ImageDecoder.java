package dev.jtauri.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image files into {@link Image}s (PNG, JPEG, GIF, BMP, and whatever else Java's
 * {@link ImageIO} reads; not ICO), refusing one whose header declares more pixels than a limit
 * before any pixel is decoded. A small file may declare a huge image: a PNG of a few hundred bytes
 * that says 16000 × 16000 would take 1 GB for Java's decoded copy and as much again for its
 * RGBA bytes.
 *
 * <p>{@link Image#fromBytes} and {@link Image#fromPath} use {@link #DEFAULT}; an app's image
 * plugin uses the limit of {@code tauri.image.max-pixels}.
 */
public final class ImageDecoder {

    /** The default limit: 4096 × 4096 pixels, 64 MiB as RGBA. */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096L;

    /** A decoder with the {@linkplain #DEFAULT_MAX_PIXELS default limit}. */
    public static final ImageDecoder DEFAULT = new ImageDecoder(DEFAULT_MAX_PIXELS);

    /** The property that sets the limit in a Spring Boot app, named in refusals. */
    static final String PROPERTY = "tauri.image.max-pixels";

    private final long maxPixels;

    /**
     * @param maxPixels the most pixels (width × height) an image may declare; at least 1, and at
     * most {@link Image#MAX_PIXELS}, what a Java array of RGBA bytes holds
     * @throws IllegalArgumentException when out of that range, quoting the value
     */
    public ImageDecoder(long maxPixels) {
        if (maxPixels < 1 || maxPixels > Image.MAX_PIXELS) {
            throw new IllegalArgumentException("The pixel limit must be between 1 and " + Image.MAX_PIXELS
                    + " (what a Java array of RGBA bytes holds), was " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    /**
     * The limit.
     * @return the most pixels an image may declare
     */
    public long maxPixels() {
        return this.maxPixels;
    }

    /**
     * Decode an image file's bytes.
     * @param bytes the file's content
     * @return the image
     * @throws IllegalArgumentException when the bytes are not an image Java can read, or declare
     * more pixels than the limit
     */
    public Image decode(byte[] bytes) {
        if (isIco(bytes)) {
            throw icoRefused("the image bytes");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, "the image bytes");
        }
        catch (IOException ex) {
            // Closing a stream over bytes in memory fails in no other way.
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Read an image file, streaming it rather than holding the whole file.
     * @param path the file
     * @return the image
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not an image Java can read, or declares more
     * pixels than the limit
     */
    public Image read(Path path) {
        ImageInputStream in;
        try {
            in = new FileImageInputStream(path.toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the image " + path + ": " + unreadable(path, ex), ex);
        }
        try (in) {
            byte[] start = new byte[4];
            in.mark();
            int read = in.read(start);
            in.reset();
            if (read == start.length && isIco(start)) {
                throw icoRefused(path.toString());
            }
            return decode(in, path.toString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the image " + path + ": " + unreadable(path, ex), ex);
        }
    }

    /** Why a file could not be read, in words for a page: never the exception's own text. */
    private static String unreadable(Path path, IOException ex) {
        if (Files.isDirectory(path)) {
            return "it is a folder";
        }
        if (!Files.exists(path)) {
            return "no such file";
        }
        return Files.isReadable(path) ? "it could not be read" : "access denied";
    }

    private Image decode(ImageInputStream in, String what) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IllegalArgumentException("Cannot read " + what + ": not a PNG, JPEG, GIF or BMP image");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            }
            catch (IOException | RuntimeException ex) {
                throw unreadable(what, ex);
            }
            // Only the header has been read: nothing is decoded unless the size is allowed.
            checkSize(width, height, what);
            BufferedImage image;
            try {
                image = reader.read(0);
            }
            catch (IOException | RuntimeException ex) {
                throw unreadable(what, ex);
            }
            return Image.fromBufferedImage(image);
        }
        finally {
            reader.dispose();
        }
    }

    /** A decoder's own words (and its runtime failures on bad data) are not for a page. */
    private static IllegalArgumentException unreadable(String what, Exception ex) {
        return new IllegalArgumentException("Cannot read " + what + ": the image data is damaged", ex);
    }

    private void checkSize(int width, int height, String what) {
        long pixels = (long) width * height;
        if (pixels > this.maxPixels) {
            throw new IllegalArgumentException("Cannot read " + what + ": it declares " + width + "x" + height + " = "
                    + pixels + " pixels, more than the limit of " + this.maxPixels + " (" + PROPERTY + ")");
        }
    }

    private static IllegalArgumentException icoRefused(String what) {
        return new IllegalArgumentException("Cannot read " + what + ": ICO images are not supported, "
                + "use PNG, JPEG, GIF or BMP");
    }

    /** An ICO file starts with a reserved zero word and type 1. */
    private static boolean isIco(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0;
    }

    @Override
    public String toString() {
        return "ImageDecoder[max " + this.maxPixels + " pixels]";
    }
}
