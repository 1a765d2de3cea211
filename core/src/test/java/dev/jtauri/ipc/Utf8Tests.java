package dev.jtauri.ipc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes are UTF-8 exactly when Java's own decoder, which keeps to RFC 3629, reads them: every one-
 * and two-byte text, longer ones around the bounds of each byte's ranges, and random ones.
 */
class Utf8Tests {

    @Test
    void wellFormedTextIsUtf8() {
        byte[] text = "plain ASCII, é, 中, 😀, \uffff".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstMalformed(text)).isEqualTo(-1);
        assertThat(Utf8.firstMalformed(new byte[0])).isEqualTo(-1);
    }

    @Test
    void theIllFormedSequencesJacksonWouldDecodeAreFoundWhereTheyStart() {
        assertThat(Utf8.firstMalformed(bytes('a', 0xC0, 0xAF))).as("overlong /").isEqualTo(1);
        assertThat(Utf8.firstMalformed(bytes('a', 'b', 0xC0, 0x80))).as("overlong NUL").isEqualTo(2);
        assertThat(Utf8.firstMalformed(bytes(0xE0, 0x80, 0xAF))).as("overlong in three bytes").isZero();
        assertThat(Utf8.firstMalformed(bytes(0xF4, 0x90, 0x80, 0x80))).as("beyond U+10FFFF").isZero();
        assertThat(Utf8.firstMalformed(bytes(0xF5, 0x80, 0x80, 0x80))).as("a lead byte that never occurs").isZero();
        assertThat(Utf8.firstMalformed(bytes(0xED, 0xA0, 0x80))).as("an encoded surrogate").isZero();
        assertThat(Utf8.firstMalformed(bytes('x', 0xE2, 0x82))).as("cut short by the end").isEqualTo(1);
    }

    /** Where table 3-7's ranges begin and end, and a byte on either side. */
    private static final int[] BOUNDS = { 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF };

    @Test
    void everyShortTextIsJudgedAsJavasDecoderJudgesIt() {
        for (int a = 0; a < 256; a++) {
            assertSameAsJava(bytes(a));
            for (int b = 0; b < 256; b++) {
                assertSameAsJava(bytes(a, b));
            }
        }
        for (int a : BOUNDS) {
            for (int b : BOUNDS) {
                for (int c : BOUNDS) {
                    assertSameAsJava(bytes(a, b, c));
                    for (int d : BOUNDS) {
                        assertSameAsJava(bytes(a, b, c, d));
                    }
                }
            }
        }
    }

    @Test
    void randomTextIsJudgedAsJavasDecoderJudgesIt() {
        Random random = new Random(20261208);
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            random.nextBytes(bytes);
            // Mostly lead bytes of four-byte sequences and continuation bytes, where the rules are finest.
            for (int k = 0; k < bytes.length; k++) {
                if (random.nextBoolean()) {
                    bytes[k] = (byte) ((k == 0) ? 0xF0 + random.nextInt(8) : 0x80 + random.nextInt(64));
                }
            }
            assertSameAsJava(bytes);
        }
    }

    private final CharsetDecoder java = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);

    private void assertSameAsJava(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = this.java.reset().decode(ByteBuffer.wrap(bytes), out, true);
        boolean java = !result.isError() && !this.java.flush(out).isError();
        if (java != (Utf8.firstMalformed(bytes) < 0)) {
            throw new AssertionError("Java's decoder " + (java ? "reads" : "refuses") + " " + hex(bytes));
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b & 0xFF));
        }
        return hex.toString().trim();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
