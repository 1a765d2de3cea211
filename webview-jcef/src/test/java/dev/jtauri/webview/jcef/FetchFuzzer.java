package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cef.network.FakePostData;
import org.jspecify.annotations.Nullable;

/**
 * Invokes by fetch ({@code POST tauri://localhost/__jtauri/ipc/<command>}) as a page's bytes make
 * them: bodies that are not UTF-8 for commands that read JSON, commands and headers that are not
 * valid percent-encoding or not UTF-8 once decoded, headers that are no JSON object of strings,
 * bodies over the payload size, wrong tokens, methods, paths and frames.
 */
final class FetchFuzzer {

    /**
     * One request to the app's scheme.
     * @param category what kind of trouble it is
     * @param url the URL
     * @param method the method
     * @param headers the request's headers
     * @param body the post data's elements; {@code null} for none
     * @param fromApp whether it comes from an app frame
     * @param reachesPipeline whether it is an invoke the pipeline must answer: from an app frame,
     * with the page's token, by POST to a URL Java can read
     * @param mustBeRefused whether the pipeline must refuse it: bytes that are not UTF-8 for a
     * command that reads JSON, or a body over the payload size
     * @param echoed for {@code echoBytes}, the bytes the answer must carry
     */
    record Fetch(String category, String url, String method, Map<String, String> headers,
            @Nullable List<FakePostData.Element> body, boolean fromApp, boolean reachesPipeline, boolean mustBeRefused,
            byte @Nullable [] echoed) {

        FakePostData postData() {
            return (this.body != null) ? new FakePostData(this.body) : null;
        }
    }

    private static final String IPC = "tauri://localhost/__jtauri/ipc/";

    private static final List<String> BAD_ESCAPES = List.of("%zz", "%", "%1", "%G0", "%%", "greet%", "%C3%28", "%FF",
            "%ED%A0%80", "%C0%AF", "%F4%90%80%80", "%00", "\u00e9", "\ud800", " ", "|", "gr%65et", "%67%72%65%65%74",
            "plugin%3Aevent%7Cemit", "plugin:event|emit", "greet?x=1", "greet#f", "greet/x", "%2e%2e%2fgreet", "+",
            "greet%2F..%2F..");

    private final Random random;

    private final JsonFuzzer json;

    private final FuzzCalls calls;

    private final String token;

    private final long maxPayloadSize;

    FetchFuzzer(Random random, JsonFuzzer json, String token, long maxPayloadSize) {
        this.random = random;
        this.json = json;
        this.calls = new FuzzCalls(random, json);
        this.token = token;
        this.maxPayloadSize = maxPayloadSize;
    }

    Fetch next() {
        int roll = this.random.nextInt(100);
        String command = this.calls.command();
        if (roll < 10) {
            byte[] bytes = this.calls.bytes(size());
            return invoke("raw bytes echoed", "echoBytes", headers(), bytes, false, bytes);
        }
        if (roll < 20) {
            byte[] body = FuzzCalls.utf8(pad(this.calls.validArguments(command)));
            return invoke("JSON as UTF-8 bytes", command, headers(), body, false, null);
        }
        if (roll < 45) {
            byte[] body = InvalidUtf8.inJson(this.random, FuzzCalls.utf8(pad(this.calls.validArguments(command))));
            return invoke("invalid UTF-8 for a JSON command", command, headers(), body,
                    FuzzCalls.READ_JSON.contains(command), null);
        }
        if (roll < 52) {
            String function = this.json.pick(FuzzCalls.READ_JSON.stream().filter((name) -> !name.contains(":")).toList());
            byte[] body = InvalidUtf8.inJson(this.random, FuzzCalls.utf8(this.calls.validArguments(function)));
            return invoke("invalid UTF-8 through pyInvoke", "plugin:pytauri|pyfunc",
                    Map.of("Jtauri-Headers", encode("{\"pyfunc\":" + JsonFuzzer.quoted(function) + "}")), body, true, null);
        }
        if (roll < 58) {
            byte[] body = this.calls.bytes(this.random.nextInt(400));
            return invoke("random bytes", command, headers(), body,
                    FuzzCalls.READ_JSON.contains(command) && InvalidUtf8.isInvalid(body), null);
        }
        if (roll < 70) {
            String encoded = badlyEncoded();
            return request("bad percent-encoding in the command", IPC + encoded, "POST", tokenAnd(headers()),
                    elements(FuzzCalls.utf8("{}")), true, false);
        }
        if (roll < 80) {
            Map<String, String> headers = new HashMap<>();
            headers.put("Jtauri-Headers", badHeaders());
            return invoke("bad headers", command, headers, FuzzCalls.utf8(this.calls.validArguments(command)), false,
                    null);
        }
        if (roll < 86) {
            return oversized(command);
        }
        return refused(command);
    }

    private Fetch invoke(String category, String command, Map<String, String> headers, byte[] body, boolean mustBeRefused,
            byte @Nullable [] echoed) {
        Fetch fetch = request(category, IPC + encode(command), "POST", tokenAnd(headers), elements(body), true,
                mustBeRefused);
        return new Fetch(category, fetch.url(), fetch.method(), fetch.headers(), fetch.body(), true,
                fetch.reachesPipeline(), mustBeRefused, echoed);
    }

    private Fetch request(String category, String url, String method, Map<String, String> headers,
            @Nullable List<FakePostData.Element> body, boolean fromApp, boolean mustBeRefused) {
        boolean reaches = fromApp && method.equals("POST") && this.token.equals(headers.get("Jtauri-Token"))
                && ipcPath(url);
        return new Fetch(category, url, method, headers, body, fromApp, reaches, mustBeRefused, null);
    }

    /** Whether Java reads the URL as one of an invoke: a path under the IPC prefix. */
    private static boolean ipcPath(String url) {
        try {
            String path = new URI(url).getRawPath();
            return path != null && path.startsWith("/__jtauri/ipc/");
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private Fetch oversized(String command) {
        long declared = this.maxPayloadSize + 1 + this.random.nextInt(1 << 20);
        List<FakePostData.Element> body = new ArrayList<>();
        switch (this.random.nextInt(3)) {
            case 0 -> body.add(new FakePostData.Element(new byte[0], (int) declared));
            case 1 -> {
                body.add(new FakePostData.Element(new byte[0], (int) (declared / 2)));
                body.add(new FakePostData.Element(new byte[0], (int) (declared - declared / 2)));
            }
            default -> body.add(new FakePostData.Element(new byte[0], Integer.MAX_VALUE));
        }
        Fetch fetch = request("oversized body", IPC + encode(command), "POST", tokenAnd(headers()), body, true, true);
        return fetch;
    }

    private Fetch refused(String command) {
        String url = IPC + encode(command);
        Map<String, String> headers = tokenAnd(headers());
        byte[] body = FuzzCalls.utf8(this.calls.validArguments(command));
        return switch (this.random.nextInt(9)) {
            case 0 -> request("wrong token", url, "POST", Map.of("Jtauri-Token", this.token.substring(1)), elements(body),
                    true, false);
            case 1 -> request("no token", url, "POST", Map.of(), elements(body), true, false);
            case 2 -> request("not a POST", url, this.json.pick(List.of("GET", "PUT", "post", "")), headers,
                    elements(body), true, false);
            case 3 -> request("a frame of another origin", url, "POST", headers, elements(body), false, false);
            case 4 -> request("no command", "tauri://localhost/__jtauri/ipc", "POST", headers, elements(body), true,
                    false);
            case 5 -> request("a ticket that is not one", "tauri://localhost/__jtauri/response/"
                    + this.json.pick(List.of("", "x", "0/1/2", "a/b/c", "/", "1/-1/2", "x/99999999999/1")), "GET", headers,
                    null, true, false);
            case 6 -> request("another internal path", "tauri://localhost/__jtauri/" + this.json.text(6), "POST",
                    headers, elements(body), true, false);
            case 7 -> request("no post data", url, "POST", headers, null, true, false);
            default -> request("a body in pieces", url, "POST", headers, pieces(body), true, false);
        };
    }

    /** Headers the bridge sends: the invoke's headers as percent-encoded JSON, or none. */
    private Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        if (this.random.nextBoolean()) {
            headers.put("Jtauri-Headers", encode("{\"x-test\":" + this.json.string() + "}"));
        }
        return headers;
    }

    private Map<String, String> tokenAnd(Map<String, String> headers) {
        Map<String, String> withToken = new HashMap<>(headers);
        withToken.put("Jtauri-Token", this.token);
        return withToken;
    }

    /** A {@code Jtauri-Headers} value that is not the percent-encoding of a JSON object of strings, or not only. */
    String badHeaders() {
        return switch (this.random.nextInt(10)) {
            case 0 -> this.json.pick(BAD_ESCAPES);
            case 1 -> "%7B%22a%22%3A%22" + this.json.pick(List.of("%FF", "%C3%28", "%ED%A0%80", "%C0%AF")) + "%22%7D";
            case 2 -> "%7B%22a%22%3A%22%zz%22%7D";
            case 3 -> "{\"a\":\"b\"}";
            case 4 -> encode(this.json.pick(List.of("[]", "null", "1", "\"x\"", "{\"a\":null}", "{\"a\":{}}",
                    "{\"a\":[1]}")));
            case 5 -> encode(this.json.broken());
            // Mostly too deep, which costs little; now and then over another limit, a long way.
            case 6 -> encode((this.random.nextInt(4) > 0) ? "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}"
                    : this.json.beyondLimits(this.maxPayloadSize));
            case 7 -> encode(this.json.value());
            case 8 -> "";
            default -> this.json.text(this.random.nextInt(30));
        };
    }

    /** A command, as the end of the URL's path, that is not valid percent-encoding or not UTF-8 once decoded. */
    String badlyEncoded() {
        return switch (this.random.nextInt(4)) {
            case 0 -> this.json.pick(BAD_ESCAPES);
            case 1 -> encode(this.calls.wrongName());
            case 2 -> encode(this.calls.command()) + this.json.pick(BAD_ESCAPES);
            default -> this.json.text(1 + this.random.nextInt(12));
        };
    }

    /** Mostly small, now and then the size the bridge sends by fetch (64 KiB and up). */
    private int size() {
        return (this.random.nextInt(10) == 0) ? InvokeCodec.RAW_INLINE_LIMIT + this.random.nextInt(64 * 1024)
                : this.random.nextInt(600);
    }

    /** The JSON, now and then padded with whitespace to the size the bridge sends by fetch. */
    private String pad(String json) {
        return (this.random.nextInt(10) == 0) ? " ".repeat(InvokeCodec.RAW_INLINE_LIMIT) + json : json;
    }

    private static List<FakePostData.Element> elements(byte[] body) {
        return List.of(new FakePostData.Element(body));
    }

    private List<FakePostData.Element> pieces(byte[] body) {
        int cut = this.random.nextInt(body.length + 1);
        return List.of(new FakePostData.Element(java.util.Arrays.copyOfRange(body, 0, cut)),
                new FakePostData.Element(new byte[0]), new FakePostData.Element(java.util.Arrays.copyOfRange(body, cut,
                        body.length)));
    }

    /** As the bridge encodes: {@code encodeURIComponent} of the text's UTF-8. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return encoded.toString();
    }
}
