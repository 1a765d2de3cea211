package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A whole response to a request the app's protocols serve.
 *
 * @param status the HTTP status
 * @param mimeType the content type
 * @param headers extra headers
 * @param body the body
 */
record ResourceResponse(int status, String mimeType, Map<String, String> headers, byte[] body) {

    static ResourceResponse ok(String mimeType, byte[] body) {
        return new ResourceResponse(200, mimeType, Map.of(), body);
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
}
