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
     * The size in the unit the transport counts: characters for JSON, bytes for raw.
     * @return the size
     */
    long size();

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
        public long size() {
            return this.text.length();
        }

        @Override
        public byte[] bytes() {
            return this.text.getBytes(StandardCharsets.UTF_8);
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
        public long size() {
            return this.data.length;
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
