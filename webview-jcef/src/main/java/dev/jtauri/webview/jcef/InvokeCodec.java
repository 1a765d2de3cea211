package dev.jtauri.webview.jcef;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.jtauri.Headers;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.JsonLimitException;
import dev.jtauri.ipc.PageJson;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.webview.PageConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * The bridge's wire format over {@code cefQuery}.
 *
 * <p>A request is five fields joined by the record separator U+001E: the page's token, the
 * command, the headers as a JSON object, the body's kind ({@code j} JSON, {@code b} base64 raw
 * bytes) and the body. Control characters never appear unescaped in JSON or in base64, and only
 * the first four separators are looked for, so the body is taken as is without another parse.
 * (NUL would be the obvious choice, but cefQuery cuts strings at NUL.)
 *
 * <p>An answer is one letter and the payload: {@code j} and JSON, {@code b} and base64 bytes, or
 * {@code t} and a ticket to fetch large bytes with, as {@code <ticket>:<byte count>}. Failures go
 * through {@code cefQuery}'s failure callback with the rejection value as JSON.
 *
 * <p>Requests a page starts together travel as one query, an {@link InvokeBatch}.
 */
final class InvokeCodec {

    /** From this size raw bytes travel by fetch, which beats base64 over cefQuery (measured). */
    static final int RAW_INLINE_LIMIT = 64 * 1024;

    /**
     * Large bytes are fetched in ranges of at least this size, up to {@link #RANGES} side by side:
     * CEF serves a custom-scheme response 64 KB per round of its threads, so several streams move
     * more than one, once each is long enough to outweigh a request's own cost (measured).
     */
    static final int RANGE_MIN = 2 * 1024 * 1024;

    /** How many ranges of one ticket the bridge fetches at once. */
    static final int RANGES = 4;

    private static final char SEPARATOR = '\u001e';

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private InvokeCodec() {
    }

    /**
     * Decode a cefQuery request.
     * @param query the request string
     * @param token the token the page's bridge was given
     * @param page the page
     * @param json parses the headers
     * @return the invoke request
     * @throws RequestRejectedException when the request is malformed or the token wrong
     */
    static InvokeRequest decode(String query, String token, PageConnection page, PageJson json) {
        int[] at = new int[4];
        int from = 0;
        for (int i = 0; i < at.length; i++) {
            at[i] = query.indexOf(SEPARATOR, from);
            if (at[i] < 0) {
                throw malformed("the IPC message is not in the bridge's format");
            }
            from = at[i] + 1;
        }
        if (!token.equals(query.substring(0, at[0]))) {
            throw malformed("the IPC message does not carry this page's token");
        }
        String command = query.substring(at[0] + 1, at[1]);
        Headers headers = parseHeaders(query.substring(at[1] + 1, at[2]), json);
        String kind = query.substring(at[2] + 1, at[3]);
        String body = query.substring(at[3] + 1);
        return switch (kind) {
            case "j" -> new InvokeRequest(command, InvokeBody.json(body), headers, page);
            case "b" -> new InvokeRequest(command, InvokeBody.raw(decodeBase64(body)), headers, page);
            default -> throw malformed("the IPC message has an unknown body kind");
        };
    }

    /**
     * Parse the headers the bridge sends as a JSON object.
     * @param text the object, or an empty string
     * @param json the reader, within the page's JSON limits
     * @return the headers
     * @throws RequestRejectedException when they are not a JSON object of strings, or go over a limit
     */
    static Headers parseHeaders(String text, PageJson json) {
        // The bridge sends "{}" with almost every invoke: no need to parse it.
        if (text.isEmpty() || text.equals("{}")) {
            return Headers.empty();
        }
        Map<String, String> headers;
        try {
            headers = json.readValue(text, HEADERS);
        }
        catch (JsonLimitException ex) {
            throw new RequestRejectedException(InvokeError.Kind.PAYLOAD_TOO_LARGE,
                    "invoke refused: " + ex.describe("the headers' JSON"));
        }
        catch (JacksonException ex) {
            headers = null;
        }
        if (headers == null || headers.containsValue(null)) {
            throw malformed("the invoke headers are not a JSON object of strings");
        }
        return Headers.of(headers);
    }

    /**
     * Decode an invoke that came by fetch, with a large raw body: the command is the end of the
     * URL's path and the headers a request header, both percent-encoded.
     * @param command the command, percent-encoded
     * @param headers the headers' JSON object, percent-encoded, or {@code null}
     * @param body the body
     * @param page the calling page
     * @param json parses the headers
     * @return the request
     * @throws RequestRejectedException (malformed request) when a part cannot be decoded
     */
    static InvokeRequest decodeFetched(String command, @Nullable String headers, byte[] body, PageConnection page,
            PageJson json) {
        String headersJson = (headers != null)
                ? percentDecode(headers, "the invoke headers are not valid percent-encoding") : "";
        return new InvokeRequest(decodeCommand(command), InvokeBody.raw(body), parseHeaders(headersJson, json), page);
    }

    /**
     * The command of a fetched invoke: the end of the URL's path, percent-encoded.
     * @param command the command, percent-encoded
     * @return the command
     * @throws RequestRejectedException (malformed request) when it is not valid percent-encoding
     */
    static String decodeCommand(String command) {
        return percentDecode(command, "the command name is not valid percent-encoding");
    }

    private static String percentDecode(String text, String problem) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw malformed(problem);
        }
    }

    /**
     * Encode a body for the page: JSON as it is, small raw bytes as base64, large raw bytes as a
     * ticket to fetch them with.
     * @param body the body
     * @param tickets where large raw bodies wait
     * @return the kind and the payload
     */
    static Encoded encode(InvokeBody body, ByteTickets tickets) {
        if (body instanceof InvokeBody.Json json) {
            return new Encoded('j', json.text());
        }
        byte[] bytes = body.bytes();
        if (bytes.length >= RAW_INLINE_LIMIT) {
            return new Encoded('t', tickets.issue(bytes));
        }
        return new Encoded('b', Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * What a body costs its window's budget on the way to the page ({@link PageOutbox}): its
     * characters as {@link #encode} writes them, and the bytes a ticket keeps until they are
     * fetched.
     * @param body the body
     * @return the weight
     */
    static long weight(InvokeBody body) {
        if (body instanceof InvokeBody.Json json) {
            return json.text().length();
        }
        long bytes = body.bytes().length;
        // A ticket and its byte count, or base64's four characters for every three bytes.
        return (bytes >= RAW_INLINE_LIMIT) ? 64 + bytes : 4 * ((bytes + 2) / 3);
    }

    /**
     * Whether the bridge fetches bytes of this size in ranges rather than in one stream.
     * @param size the byte count
     * @return true from two ranges' worth
     */
    static boolean fetchedInRanges(int size) {
        return size >= 2 * RANGE_MIN;
    }

    /**
     * A body for the page.
     * @param kind {@code j} JSON, {@code b} base64 bytes, {@code t} a ticket, or {@code e} a
     * rejection (a batched call's error)
     * @param payload the JSON, the base64 text or the ticket
     */
    record Encoded(char kind, String payload) {

        /**
         * Append the kind and the payload as two elements of a JSON array: JSON as it is, base64
         * and tickets (which need no escaping) quoted.
         * @param message the array so far
         * @return the array
         */
        StringBuilder appendTo(StringBuilder message) {
            message.append('"').append(this.kind).append("\",");
            if (this.kind == 'j' || this.kind == 'e') {
                return message.append(this.payload);
            }
            return message.append('"').append(this.payload).append('"');
        }

        /**
         * The bytes a ticket of this body holds, which the page fetches.
         * @return the ticket's byte count, 0 when the body is no ticket
         */
        long ticketBytes() {
            return (this.kind == 't') ? Long.parseLong(this.payload.substring(this.payload.indexOf(':') + 1)) : 0;
        }

        /**
         * The body as the answer of a {@code cefQuery}: the kind's letter, then the payload.
         * @return the answer string
         */
        String answer() {
            return this.kind + this.payload;
        }
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException ex) {
            throw malformed("the raw body is not valid base64");
        }
    }

    private static RequestRejectedException malformed(String problem) {
        return new RequestRejectedException(InvokeError.Kind.MALFORMED_REQUEST, "invoke refused: " + problem);
    }
}
