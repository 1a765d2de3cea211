package dev.jtauri.ipc;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The body of an invoke request, a response or a channel message: JSON text, or raw bytes (an
 * {@code ArrayBuffer} or {@code Uint8Array} on the page), as Tauri's {@code InvokeBody}.
 */
public sealed interface InvokeBody {

    /** The JSON {@code null}: the body of a call without arguments, or of a void result. */
    InvokeBody NULL = new Json("null");

    /**
     * A JSON body.
     * @param json JSON text
     * @return the body
     */
    static InvokeBody json(String json) {
        return new Json(json);
    }

    /**
     * A raw body.
     * @param bytes the bytes, not copied
     * @return the body
     */
    static InvokeBody raw(byte[] bytes) {
        return new Raw(bytes);
    }

    /**
     * Whether the body takes more than a number of bytes (JSON counted as UTF-8).
     * @param limit the limit in bytes
     * @return true when larger
     */
    boolean exceeds(long limit);

    /**
     * The body as bytes: raw bytes as they are, JSON as UTF-8.
     * @return the bytes
     */
    byte[] bytes();

    /**
     * A JSON body.
     * @param text the JSON text
     */
    record Json(String text) implements InvokeBody {

        public Json {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public boolean exceeds(long limit) {
            long chars = this.text.length();
            // A char is one to three UTF-8 bytes: only count them when the bounds disagree.
            if (chars > limit) {
                return true;
            }
            if (chars * 3 <= limit) {
                return false;
            }
            return utf8Length(this.text) > limit;
        }

        @Override
        public byte[] bytes() {
            return this.text.getBytes(StandardCharsets.UTF_8);
        }

        private static long utf8Length(String text) {
            long bytes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                }
                else if (c < 0x800) {
                    bytes += 2;
                }
                else if (Character.isHighSurrogate(c)) {
                    bytes += 4;
                    i++;
                }
                else {
                    bytes += 3;
                }
            }
            return bytes;
        }
    }

    /**
     * A raw body.
     * @param data the bytes
     */
    record Raw(byte[] data) implements InvokeBody {

        public Raw {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public boolean exceeds(long limit) {
            return this.data.length > limit;
        }

        @Override
        public byte[] bytes() {
            return this.data;
        }

        @Override
        public String toString() {
            return "Raw[" + this.data.length + " bytes]";
        }
    }
}
