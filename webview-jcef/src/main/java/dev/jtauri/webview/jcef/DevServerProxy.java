package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Forwards the window's requests for the dev server's origin ({@code tauri.build.dev-url}, a
 * Vite server say); {@link AppRequests} adds the bridge's script to its HTML, so a page served
 * with hot reload gets the same IPC as the built one. WebSockets (hot module replacement) go to
 * the server directly.
 */
final class DevServerProxy {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1: an h2c upgrade request is routed to Node's upgrade listeners, where Vite's HMR
    // socket ignores it, and the request would never be answered.
    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    CompletionStage<ResourceResponse> forward(String url, String method, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        return this.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
            .thenApply(DevServerProxy::toResponse);
    }

    private static ResourceResponse toResponse(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("content-type").orElse("application/octet-stream");
        String mimeType = contentType.split(";")[0].trim();
        Map<String, String> headers = new HashMap<>();
        response.headers().firstValue("location").ifPresent((location) -> headers.put("Location", location));
        response.headers().firstValue("cache-control").ifPresent((cache) -> headers.put("Cache-Control", cache));
        return new ResourceResponse(response.statusCode(), mimeType, headers, response.body());
    }
}
