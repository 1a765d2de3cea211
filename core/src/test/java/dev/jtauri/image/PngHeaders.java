package dev.jtauri.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG files written byte by byte, so that a header can declare a size its data does not have: a
 * valid signature, an {@code IHDR} of any size (8-bit RGBA), one small {@code IDAT} and
 * {@code IEND}, each chunk with its CRC.
 */
final class PngHeaders {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private PngHeaders() {
    }

    /**
     * A PNG whose header declares the size, with the pixel data of one row of it at most.
     * @param width the declared width
     * @param height the declared height
     * @return the file's bytes: a few dozen
     */
    static byte[] declaring(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
            .put((byte) 8) // bit depth
            .put((byte) 6) // colour type: RGBA
            .put((byte) 0).put((byte) 0).put((byte) 0); // compression, filter, no interlace
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", deflate(new byte[Math.min(width, 16) * 4 + 1]));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }
}
