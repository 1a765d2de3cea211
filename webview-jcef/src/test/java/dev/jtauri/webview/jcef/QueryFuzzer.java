package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code cefQuery} requests as a hostile or broken page sends them, each of a category: random
 * ones of every kind that goes wrong, and valid ones (single and batched) mutated byte by byte.
 */
final class QueryFuzzer {

    /** Where a query comes from, as the router sees it. */
    enum Origin {
        /** The app's page, in its window. */
        APP,
        /** A page of another origin in the app's window. */
        FOREIGN,
        /** An app page framed by a page of another origin. */
        FRAMED,
        /** The app's page, asking for a persistent query. */
        PERSISTENT,
        /** A browser that is no window of the app's (or one CEF is destroying). */
        UNKNOWN_BROWSER,
        /** No frame: JCEF passes none for a browser it is destroying. */
        NO_FRAME
    }

    /**
     * One query.
     * @param category what kind of trouble it is
     * @param request the request string
     * @param origin where it comes from
     */
    record Query(String category, String request, Origin origin) {
    }

    private static final char[] SEPARATORS = { '\u001e', '\u001d', '\u001f' };

    private final Random random;

    private final JsonFuzzer json;

    private final FuzzCalls calls;

    private final String token;

    private final long maxPayloadSize;

    private long nextFrame = 1;

    QueryFuzzer(Random random, JsonFuzzer json, String token, long maxPayloadSize) {
        this.random = random;
        this.json = json;
        this.calls = new FuzzCalls(random, json);
        this.token = token;
        this.maxPayloadSize = maxPayloadSize;
    }

    Query next() {
        int roll = this.random.nextInt(100);
        if (roll < 6) {
            return app("valid call", this.calls.valid().request(this.token));
        }
        if (roll < 16) {
            String command = this.calls.command();
            return app("wrong argument types", call(command, "{}", "j", this.calls.wrongTypes(command)));
        }
        if (roll < 23) {
            return app("bad JSON", call(this.calls.command(), "{}", "j", this.json.broken()));
        }
        if (roll < 28) {
            return app("beyond the JSON limits", call(this.calls.command(), "{}", "j",
                    this.json.beyondLimits(this.maxPayloadSize)));
        }
        if (roll < 32) {
            return app("lone surrogates", loneSurrogates());
        }
        if (roll < 36) {
            return app("wrong token", wrongToken());
        }
        if (roll < 42) {
            return app("bad headers", call(this.calls.command(), badHeaders(), "j",
                    this.calls.validArguments(this.calls.command())));
        }
        if (roll < 48) {
            return app("unknown and plugin: commands", unknownCommand());
        }
        if (roll < 54) {
            return app("raw bodies", rawBody());
        }
        if (roll < 57) {
            return app("bad body kind or shape", badShape());
        }
        if (roll < 61) {
            return app("pings and acks", pingOrAck());
        }
        if (roll < 65) {
            return app("valid batch", batch(validCalls(1 + this.random.nextInt(12))));
        }
        if (roll < 73) {
            return app("broken batch", brokenBatch());
        }
        if (roll < 85) {
            return app("mutated call", mutate(this.calls.valid().request(this.token)));
        }
        if (roll < 97) {
            return app("mutated batch", mutate(batch(validCalls(1 + this.random.nextInt(6)))));
        }
        Origin origin = Origin.values()[1 + this.random.nextInt(Origin.values().length - 1)];
        return new Query("other origins and browsers", this.calls.valid().request(this.token), origin);
    }

    private static Query app(String category, String request) {
        return new Query(category, request, Origin.APP);
    }

    private String call(String command, String headers, String kind, String body) {
        return String.join("\u001e", this.token, command, headers, kind, body);
    }

    private List<String> validCalls(int count) {
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(this.calls.valid().request(this.token));
        }
        return requests;
    }

    /** A batch of requests with ids 1..n, from a frame key of its own. */
    String batch(List<String> requests) {
        StringBuilder batch = new StringBuilder("\u001d").append(this.nextFrame++);
        for (int i = 0; i < requests.size(); i++) {
            batch.append('\u001d').append(i + 1).append('\u001f').append(requests.get(i));
        }
        return batch.toString();
    }

    private String loneSurrogates() {
        String lone = this.json.pick(List.of("\ud800", "\udfff", "\ud83d", "x\udc00", "\\ud800", "\\udfff\\ud800"));
        return switch (this.random.nextInt(5)) {
            case 0 -> call("greet", "{}", "j", "{\"name\":\"" + lone + "\"}");
            case 1 -> call("greet" + lone, "{}", "j", "{\"name\":\"x\"}");
            case 2 -> call("headerValue", "{\"x-test\":\"" + lone + "\"}", "j", "{}");
            case 3 -> call("save", "{}", "j", "{\"title\":\"" + lone + "\",\"tags\":[\"" + lone + "\"],\"scores\":{\""
                    + lone + "\":1},\"item\":null}");
            default -> String.join("\u001e", this.token + lone, "greet", "{}", "j", "{\"name\":\"x\"}");
        };
    }

    private String wrongToken() {
        String request = this.calls.valid().request(this.token);
        String rest = request.substring(this.token.length());
        return switch (this.random.nextInt(5)) {
            case 0 -> rest;
            case 1 -> "0".repeat(this.token.length()) + rest;
            case 2 -> this.token.substring(1) + rest;
            case 3 -> this.token.toUpperCase(java.util.Locale.ROOT) + rest;
            default -> this.json.text(this.token.length()) + rest;
        };
    }

    private String badHeaders() {
        return switch (this.random.nextInt(12)) {
            case 0 -> "[]";
            case 1 -> "null";
            case 2 -> "\"x\"";
            case 3 -> "42";
            case 4 -> "{\"a\":null}";
            case 5 -> "{\"a\":{\"b\":\"c\"}}";
            case 6 -> "{\"a\":[\"b\"]}";
            case 7 -> "{\"a\":1,\"A\":true}";
            case 8 -> this.json.broken();
            case 9 -> "{\"pyfunc\":" + this.json.string() + "}";
            case 10 -> this.json.beyondLimits(this.maxPayloadSize);
            default -> this.json.value();
        };
    }

    private String unknownCommand() {
        if (this.random.nextInt(4) == 0) {
            // pyInvoke naming no function, a missing one, or one of garbage.
            String header = this.json.pick(List.of("{}", "{\"pyfunc\":\"\"}", "{\"pyfunc\":\"nope\"}",
                    "{\"pyfunc\":\"plugin:event|emit\"}", "{\"pyfunc\":" + this.json.string() + "}"));
            return call("plugin:pytauri|pyfunc", header, "b", "e30=");
        }
        return call(this.calls.wrongName(), "{}", "j", this.json.value());
    }

    private String rawBody() {
        String command = this.calls.command();
        byte[] body = switch (this.random.nextInt(4)) {
            case 0 -> this.calls.bytes(this.random.nextInt(200));
            case 1 -> InvalidUtf8.inJson(this.random, FuzzCalls.utf8(this.calls.validArguments(command)));
            case 2 -> FuzzCalls.utf8(this.calls.validArguments(command));
            default -> new byte[0];
        };
        String base64 = java.util.Base64.getEncoder().encodeToString(body);
        return switch (this.random.nextInt(6)) {
            case 0 -> call(command, "{}", "b", base64.replace('A', '*'));
            case 1 -> call(command, "{}", "b", base64 + "=");
            case 2 -> call(command, "{}", "b", new String(body, StandardCharsets.ISO_8859_1));
            default -> call(command, "{}", "b", base64);
        };
    }

    private String badShape() {
        String command = this.calls.command();
        return switch (this.random.nextInt(8)) {
            case 0 -> "";
            case 1 -> this.token;
            case 2 -> String.join("\u001e", this.token, command, "{}", "j");
            case 3 -> call(command, "{}", this.json.pick(List.of("", "J", "x", "jj", "b64", "\u001e")), "{}");
            case 4 -> call(command, "{}", "j", "{}") + "\u001e\u001e";
            case 5 -> "\u001e".repeat(this.random.nextInt(8));
            case 6 -> this.json.text(this.random.nextInt(60));
            default -> call(command, "", "j", "");
        };
    }

    private String pingOrAck() {
        return switch (this.random.nextInt(10)) {
            case 0 -> QueryRouter.PING;
            case 1 -> QueryRouter.PING + this.json.text(2);
            case 2 -> "jtauri:ack:" + this.random.nextLong();
            case 3 -> "jtauri:ack:" + this.json.pick(List.of("", "-1", "+5", " 5", "5 ", "9223372036854775808",
                    "-9223372036854775808", "0x10", "1e3", "\u0665", "NaN"));
            case 4 -> "jtauri:ack:" + "9".repeat(1 + this.random.nextInt(5000));
            case 5 -> "jtauri:ack:" + this.json.text(this.random.nextInt(20));
            case 6 -> "jtauri:ack";
            case 7 -> "JTAURI:PING";
            default -> "jtauri:ack:" + this.random.nextInt(100);
        };
    }

    private String brokenBatch() {
        List<String> requests = validCalls(1 + this.random.nextInt(5));
        String request = requests.get(0);
        return switch (this.random.nextInt(14)) {
            case 0 -> "\u001d";
            case 1 -> "\u001d" + this.json.pick(List.of("", "x", "-1", "1234567890123456789", " 1", "1.0"))
                    + "\u001d1\u001f" + request;
            case 2 -> "\u001d1\u001d" + this.json.pick(List.of("", "x", "-1", "1234567890123456789", "+1", "0x1"))
                    + "\u001f" + request;
            case 3 -> "\u001d1\u001d1" + request;
            case 4 -> batch(requests) + "\u001d";
            case 5 -> "\u001d" + this.random.nextLong() + "\u001d1\u001f" + request + "\u001d1\u001f" + request;
            case 6 -> batch(requests).replace('\u001f', '\u001e');
            case 7 -> batch(requests).replace("\u001e", "\u001f");
            case 8 -> "\u001d1" + "\u001d1\u001f".repeat(1 + this.random.nextInt(50));
            case 9 -> "\u001d" + (this.nextFrame++) + "\u001d7\u001f" + this.json.text(this.random.nextInt(40));
            case 10 -> "\u001d" + (this.nextFrame++) + "\u001d000000000000000001\u001f" + request;
            case 11 -> "\u001d" + (this.nextFrame++) + "\u001d1\u001f" + batch(requests);
            case 12 -> batch(validCalls(20 + this.random.nextInt(60)));
            default -> "\u001d" + (this.nextFrame++) + "\u001d1\u001f\u001d2\u001f" + request;
        };
    }

    /** One to eight edits: bytes flipped, inserted and deleted, separators swapped, cuts, splices. */
    String mutate(String request) {
        StringBuilder text = new StringBuilder(request);
        int edits = 1 + this.random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            int at = this.random.nextInt(text.length() + 1);
            switch (this.random.nextInt(8)) {
                case 0 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, (char) (text.charAt(at) ^ (1 << this.random.nextInt(16))));
                    }
                }
                case 1 -> text.insert(at, this.json.nastyChar());
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + this.random.nextInt(8)));
                case 3 -> swapSeparator(text);
                case 4 -> text.insert(at, SEPARATORS[this.random.nextInt(SEPARATORS.length)]);
                case 5 -> text.setLength(at);
                case 6 -> {
                    int from = this.random.nextInt(text.length() + 1);
                    int to = Math.min(text.length(), from + this.random.nextInt(32));
                    text.insert(at, text.substring(from, to));
                }
                default -> {
                    String other = this.calls.valid().request(this.token);
                    text.setLength(at);
                    text.append(other, this.random.nextInt(other.length() + 1), other.length());
                }
            }
        }
        return text.toString();
    }

    private void swapSeparator(StringBuilder text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001e' || c == '\u001d' || c == '\u001f') {
                found.add(i);
            }
        }
        if (!found.isEmpty()) {
            int at = found.get(this.random.nextInt(found.size()));
            text.setCharAt(at, SEPARATORS[this.random.nextInt(SEPARATORS.length)]);
        }
    }
}
