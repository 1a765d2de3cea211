package dev.jtauri.webview.jcef;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Byte sequences that are not UTF-8 (RFC 3629): stray continuation bytes, bytes that never occur,
 * overlong forms, encoded surrogates, code points beyond U+10FFFF, sequences cut short.
 */
final class InvalidUtf8 {

    static final byte[][] SEQUENCES = {
        bytes(0x80), bytes(0xBF), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF),
        bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF),
        bytes(0xED, 0xA0, 0xBD, 0xED, 0xB2, 0xA9), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80),
        bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFE), bytes(0xFF), bytes(0xC3), bytes(0xE2, 0x82),
        bytes(0xF0, 0x9F, 0x98), bytes(0xC3, 0x28), bytes(0xE2, 0x28, 0xA1), bytes(0xC0, 0xA2), bytes(0xC0, 0x80)
    };

    private InvalidUtf8() {
    }

    /** One of the sequences. */
    static byte[] sequence(Random random) {
        return SEQUENCES[random.nextInt(SEQUENCES.length)];
    }

    /**
     * Valid UTF-8 JSON with invalid sequences put in: inside a string mostly, anywhere else too,
     * or at the very end (a sequence cut short by the end of the body).
     */
    static byte[] inJson(Random random, byte[] json) {
        byte[] bad = sequence(random);
        int at;
        int quote = indexOf(json, (byte) '"', random.nextInt(Math.max(1, json.length)));
        if (random.nextInt(4) > 0 && quote >= 0) {
            at = quote + 1;
        }
        else if (random.nextBoolean()) {
            at = json.length;
        }
        else {
            at = random.nextInt(json.length + 1);
        }
        byte[] mixed = new byte[json.length + bad.length];
        System.arraycopy(json, 0, mixed, 0, at);
        System.arraycopy(bad, 0, mixed, at, bad.length);
        System.arraycopy(json, at, mixed, at + bad.length, json.length - at);
        return mixed;
    }

    /** Whether Java's own decoder, which keeps to RFC 3629, refuses the bytes. */
    static boolean isInvalid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return false;
        }
        catch (CharacterCodingException ex) {
            return true;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
