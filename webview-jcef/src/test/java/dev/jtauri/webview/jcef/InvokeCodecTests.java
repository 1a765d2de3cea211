package dev.jtauri.webview.jcef;

import java.util.Base64;

import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.ipc.PageJson;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.webview.PageConnection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InvokeCodecTests {

    private static final String SEP = "\u001e";

    private final PageJson mapper = PageJson.of(JsonMapper.builder().build(), new JsonLimits(8, 16, 4, 8, 256));

    private final PageConnection page = PageConnection.detached("main");

    @Test
    void aJsonRequestKeepsItsBodyAsSent() {
        InvokeRequest request = InvokeCodec.decode(String.join(SEP, "token", "plugin:event|emit",
                "{\"X-Trace\":\"t1\"}", "j", "{\"a\":\"x" + SEP + "y\"}"), "token", this.page, this.mapper);
        assertThat(request.command()).isEqualTo("plugin:event|emit");
        assertThat(request.headers().get("x-trace")).isEqualTo("t1");
        assertThat(request.body()).isEqualTo(InvokeBody.json("{\"a\":\"x" + SEP + "y\"}"));
    }

    @Test
    void aRawRequestIsDecodedFromBase64() {
        InvokeRequest request = InvokeCodec.decode(String.join(SEP, "token", "upload", "{}", "b",
                Base64.getEncoder().encodeToString(new byte[] { 1, 2, (byte) 255 })), "token", this.page, this.mapper);
        assertThat(request.body().bytes()).containsExactly(1, 2, 255);
    }

    @Test
    void aWrongTokenOrShapeIsMalformed() {
        assertMalformed(String.join(SEP, "other", "greet", "{}", "j", "{}"), "does not carry this page's token");
        assertMalformed("token" + SEP + "greet", "is not in the bridge's format");
        assertMalformed(String.join(SEP, "token", "greet", "{}", "x", "{}"), "unknown body kind");
        assertMalformed(String.join(SEP, "token", "greet", "[1]", "j", "{}"), "headers are not a JSON object");
        assertMalformed(String.join(SEP, "token", "greet", "{}", "b", "***"), "not valid base64");
    }

    @Test
    void headersMustBeAnObjectOfStrings() {
        assertMalformed(String.join(SEP, "token", "greet", "null", "j", "{}"), "headers are not a JSON object");
        assertMalformed(String.join(SEP, "token", "greet", "{\"a\":null}", "j", "{}"), "headers are not a JSON object");
    }

    @Test
    void headersOverAJsonLimitAreRefusedNamingIt() {
        String longValue = "{\"a\":\"" + "x".repeat(17) + "\"}";
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> InvokeCodec.decode(String.join(SEP, "token", "greet", longValue, "j", "{}"), "token",
                    this.page, this.mapper))
            .satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE))
            .withMessage("invoke refused: the headers' JSON has a string longer than 16 characters "
                    + "(tauri.ipc.max-string-length)");
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> InvokeCodec.decodeFetched("upload", "%7B%22a%22%3A%22" + "x".repeat(300) + "%22%7D",
                    new byte[0], this.page, this.mapper))
            .withMessage("invoke refused: the headers' JSON is longer than 256 bytes (tauri.ipc.max-document-length)");
    }

    @Test
    void aFetchedInvokeIsPercentDecodedAndRefusedWhenItCannotBe() {
        InvokeRequest request = InvokeCodec.decodeFetched("plugin%3Afs%7Cwrite", "%7B%22X-Trace%22%3A%22t1%22%7D",
                new byte[] { 7 }, this.page, this.mapper);
        assertThat(request.command()).isEqualTo("plugin:fs|write");
        assertThat(request.headers().get("x-trace")).isEqualTo("t1");
        assertThat(request.body().bytes()).containsExactly(7);
        assertThat(InvokeCodec.decodeFetched("upload", null, new byte[0], this.page, this.mapper).headers().asMap())
            .isEmpty();
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> InvokeCodec.decodeFetched("bad%zz", null, new byte[0], this.page, this.mapper))
            .satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST))
            .withMessageContaining("the command name is not valid percent-encoding");
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> InvokeCodec.decodeFetched("upload", "%7B%zz", new byte[0], this.page, this.mapper))
            .withMessageContaining("the invoke headers are not valid percent-encoding");
    }

    @Test
    void resultsAreTaggedAndLargeRawResultsGetATicketWithTheirByteCount() {
        ByteTickets tickets = new ByteTickets();
        assertThat(InvokeCodec.encode(InvokeBody.json("{\"a\":1}"), tickets).answer()).isEqualTo("j{\"a\":1}");
        assertThat(InvokeCodec.encode(InvokeBody.raw(new byte[] { 1, 2 }), tickets).answer()).isEqualTo("bAQI=");
        byte[] large = new byte[InvokeCodec.RAW_INLINE_LIMIT];
        String answer = InvokeCodec.encode(InvokeBody.raw(large), tickets).answer();
        assertThat(answer).startsWith("t").endsWith(":" + large.length);
        String ticket = answer.substring(1, answer.indexOf(':'));
        assertThat(tickets.take(ticket)).satisfies((range) -> {
            assertThat(range.bytes()).isSameAs(large);
            assertThat(range.from()).isZero();
            assertThat(range.to()).isEqualTo(large.length);
        });
        assertThat(tickets.take(ticket)).as("single use").isNull();
    }

    @Test
    void bytesAreFetchedInRangesFromTwoRangesWorth() {
        assertThat(InvokeCodec.fetchedInRanges(2 * InvokeCodec.RANGE_MIN - 1)).isFalse();
        assertThat(InvokeCodec.fetchedInRanges(2 * InvokeCodec.RANGE_MIN)).isTrue();
    }

    private void assertMalformed(String query, String message) {
        assertThatExceptionOfType(RequestRejectedException.class)
            .isThrownBy(() -> InvokeCodec.decode(query, "token", this.page, this.mapper))
            .satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST))
            .withMessageContaining(message);
    }
}
