package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A response to a request the app's protocols serve: its body is bytes {@code from} to
 * {@code to} of an array, usually all of them.
 *
 * @param status the HTTP status
 * @param mimeType the content type
 * @param headers extra headers
 * @param body the array that holds the body
 * @param from the body's first byte in the array
 * @param to the index after the body's last byte
 */
record ResourceResponse(int status, String mimeType, Map<String, String> headers, byte[] body, int from, int to) {

    /** A response whose body is the whole array. */
    ResourceResponse(int status, String mimeType, Map<String, String> headers, byte[] body) {
        this(status, mimeType, headers, body, 0, body.length);
    }

    static ResourceResponse ok(String mimeType, byte[] body) {
        return new ResourceResponse(200, mimeType, Map.of(), body);
    }

    /** Part of an array, served without a copy. */
    static ResourceResponse range(String mimeType, byte[] body, int from, int to) {
        return new ResourceResponse(200, mimeType, Map.of(), body, from, to);
    }

    static ResourceResponse notFound() {
        return text(404, "Not Found");
    }

    static ResourceResponse forbidden() {
        return text(403, "Forbidden");
    }

    static ResourceResponse text(int status, String text) {
        return new ResourceResponse(status, "text/plain", Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** The body's length. */
    int length() {
        return this.to - this.from;
    }
}
