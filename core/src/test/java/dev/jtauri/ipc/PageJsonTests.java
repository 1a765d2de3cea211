package dev.jtauri.ipc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each limit refuses JSON over it with an exception naming it, the app's mapper still does the
 * reading with its own features, and the mapper itself keeps its own constraints.
 */
class PageJsonTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final PageJson json = PageJson.of(this.mapper, new JsonLimits(4, 10, 5, 6, 100));

    @Test
    void jsonWithinTheLimitsIsRead() {
        JsonNode tree = this.json.readTree("{\"a\":[[{\"b\":\"0123456789\"}]],\"n\":12345}");
        assertThat(tree.at("/a/0/0/b").stringValue()).isEqualTo("0123456789");
        assertThat(tree.get("n").intValue()).isEqualTo(12345);
    }

    @Test
    void eachLimitIsNamedWhenExceeded() {
        assertExceeds("[[[[[1]]]]]", JsonLimits.Limit.NESTING_DEPTH, 4,
                "the body nests deeper than 4 levels (tauri.ipc.max-nesting-depth)");
        assertExceeds("{\"a\":\"01234567890\"}", JsonLimits.Limit.STRING_LENGTH, 10,
                "the body has a string longer than 10 characters (tauri.ipc.max-string-length)");
        assertExceeds("[123456]", JsonLimits.Limit.NUMBER_LENGTH, 5,
                "the body has a number longer than 5 characters (tauri.ipc.max-number-length)");
        assertExceeds("[1.23456]", JsonLimits.Limit.NUMBER_LENGTH, 5,
                "the body has a number longer than 5 characters (tauri.ipc.max-number-length)");
        assertExceeds("{\"abcdefg\":1}", JsonLimits.Limit.NAME_LENGTH, 6,
                "the body has a property name longer than 6 characters (tauri.ipc.max-name-length)");
        assertExceeds("[" + "1,".repeat(60) + "1]", JsonLimits.Limit.DOCUMENT_LENGTH, 100,
                "the body is longer than 100 bytes (tauri.ipc.max-document-length)");
    }

    @Test
    void bytesAreReadWithinTheSameLimits() {
        assertThatExceptionOfType(JsonLimitException.class)
            .isThrownBy(() -> this.json.readTree("[[[[[1]]]]]".getBytes(StandardCharsets.UTF_8)))
            .satisfies((ex) -> assertThat(ex.limit()).isEqualTo(JsonLimits.Limit.NESTING_DEPTH));
        assertThatExceptionOfType(JsonLimitException.class)
            .isThrownBy(() -> this.json.readTree(new byte[101]))
            .satisfies((ex) -> assertThat(ex.limit()).isEqualTo(JsonLimits.Limit.DOCUMENT_LENGTH));
        assertThat(this.json.readTree("\"Zoë\"".getBytes(StandardCharsets.UTF_8)).stringValue()).isEqualTo("Zoë");
    }

    @Test
    void aLimitIsNamedWhenJacksonMeetsItBindingAValue() {
        assertThatExceptionOfType(JsonLimitException.class)
            .isThrownBy(() -> this.json.readValue("{\"a\":\"01234567890\"}", new TypeReference<Map<String, String>>() { }))
            .satisfies((ex) -> assertThat(ex.limit()).isEqualTo(JsonLimits.Limit.STRING_LENGTH));
    }

    @Test
    void invalidJsonFailsAsJacksonsOwnException() {
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.json.readTree("{\"a\": oops}"))
            .isNotInstanceOf(JsonLimitException.class);
    }

    @Test
    void bytesThatAreNotUtf8AreNotJsonEvenWhereJacksonWouldDecodeThem() {
        // C0 AF is an overlong '/', F4 90 80 80 a code point beyond U+10FFFF: Jackson reads both.
        byte[] overlong = { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.json.readTree(overlong))
            .isNotInstanceOf(JsonLimitException.class)
            .satisfies((ex) -> {
                assertThat(ex.getLocation().getLineNr()).isEqualTo(1);
                assertThat(ex.getLocation().getColumnNr()).isEqualTo(7);
            });
        byte[] beyond = { '\n', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"' };
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.json.readTree(beyond))
            .satisfies((ex) -> assertThat(ex.getLocation().getLineNr()).isEqualTo(2));
    }

    @Test
    void noContentIsAMissingNode() {
        assertThat(this.json.readTree("  ").isMissingNode()).isTrue();
        assertThat(this.json.readTree(new byte[0]).isMissingNode()).isTrue();
        assertThat(this.json.readTree("null").isNull()).isTrue();
    }

    @Test
    void theAppsMapperReadsWithItsOwnFeatures() {
        JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
        PageJson json = PageJson.of(lenient, JsonLimits.defaults(1000));
        JsonNode tree = json.readTree("{/* a comment */ \"price\": 0.1000000000000000055511151231257827}");
        assertThat(tree.get("price").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    }

    @Test
    void theAppsMapperKeepsItsOwnConstraints() {
        assertThat(this.json.mapper()).isSameAs(this.mapper);
        assertThat(this.mapper.readTree("[[[[[[1]]]]]]").at("/0/0/0/0/0/0").intValue()).isEqualTo(1);
    }

    @Test
    void limitsAreAtLeastOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JsonLimits(0, 1, 1, 1, 1))
            .withMessage("maxNestingDepth must be at least 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new JsonLimits(1, 1, 1, 1, -5))
            .withMessage("maxDocumentLength must be at least 1, was -5");
    }

    private void assertExceeds(String text, JsonLimits.Limit limit, long max, String message) {
        assertThatExceptionOfType(JsonLimitException.class).as(text).isThrownBy(() -> this.json.readTree(text))
            .satisfies((ex) -> {
                assertThat(ex.limit()).isEqualTo(limit);
                assertThat(ex.max()).isEqualTo(max);
                assertThat(ex.describe("the body")).isEqualTo(message);
            });
    }
}
