package dev.jtauri.ipc;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;

/**
 * UTF-8 as RFC 3629 has it: the well-formed byte sequences of the Unicode standard's table 3-7.
 * Jackson's UTF-8 parser decodes some ill-formed ones rather than refuse them: overlong forms
 * ({@code C0 AF} as {@code /}, {@code C0 80} as NUL) and sequences beyond U+10FFFF (as lone
 * surrogates), which Java's own decoder and Tauri's serde_json both refuse.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Where the bytes stop being UTF-8.
     * @param bytes the bytes
     * @return the index of the first byte of the first ill-formed sequence, or -1 when all are
     * well-formed
     */
    static int firstMalformed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(lead & 0xFF, (i + 1 < bytes.length) ? bytes[i + 1] & 0xFF : -1);
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /**
     * The length of the sequence a lead byte starts, given its second byte, as table 3-7 allows
     * the pair; 0 when it allows none.
     */
    private static int sequenceLength(int lead, int second) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return isBetween(second, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead == 0xE0) {
            return isBetween(second, 0xA0, 0xBF) ? 3 : 0;
        }
        if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            return isBetween(second, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead == 0xED) {
            // Not D800-DFFF: a surrogate is no character.
            return isBetween(second, 0x80, 0x9F) ? 3 : 0;
        }
        if (lead == 0xF0) {
            return isBetween(second, 0x90, 0xBF) ? 4 : 0;
        }
        if (lead >= 0xF1 && lead <= 0xF3) {
            return isBetween(second, 0x80, 0xBF) ? 4 : 0;
        }
        if (lead == 0xF4) {
            return isBetween(second, 0x80, 0x8F) ? 4 : 0;
        }
        return 0;
    }

    private static boolean isBetween(int value, int low, int high) {
        return value >= low && value <= high;
    }

    /**
     * What reading the bytes as JSON fails with: a parse error at the line and column of the byte
     * where they stop being UTF-8, as Jackson reports its own.
     * @param bytes the bytes
     * @param at where they stop being UTF-8
     * @return the exception
     */
    static StreamReadException notUtf8(byte[] bytes, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        TokenStreamLocation location = new TokenStreamLocation(ContentReference.redacted(), at, -1, line,
                at - lineStart + 1);
        return new StreamReadException(null, "Invalid UTF-8: byte 0x" + Integer.toHexString(bytes[at] & 0xFF)
                + " starts no well-formed sequence", location);
    }
}
