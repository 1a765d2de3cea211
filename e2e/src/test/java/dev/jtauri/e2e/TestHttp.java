package dev.jtauri.e2e;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of the small HTTP servers the tests start (a remote site, a dev server).
 */
final class TestHttp {

    private TestHttp() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Serve {@code /result?from=<page>&payload=<json>}, by which a page of the test's remote site
     * carries what it saw out to the test (a navigation: such a page has no IPC), into a map by page.
     * @param server the site
     * @param results where the payloads go
     */
    static void collectResults(HttpServer server, Map<String, JsonNode> results) {
        server.createContext("/result", (exchange) -> {
            Map<String, String> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
            results.put(query.get("from"), MAPPER.readTree(query.get("payload")));
            respond(exchange, 200, "text/html", "<!doctype html><title>reported</title>");
        });
    }

    static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
