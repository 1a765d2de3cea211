package dev.jtauri.webview.jcef;

import java.util.List;

import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InvokeBatchTests {

    private static final String REQUEST = String.join("\u001e", "token", "greet", "{}", "j", "{\"name\":\"Ada\"}");

    @Test
    void aBatchStartsWithTheGroupSeparatorAndASingleRequestNever() {
        assertThat(InvokeBatch.isBatch("\u001d1\u001d1\u001f" + REQUEST)).isTrue();
        assertThat(InvokeBatch.isBatch(REQUEST)).isFalse();
        assertThat(InvokeBatch.isBatch("")).isFalse();
    }

    @Test
    void aBatchSplitsIntoItsCallsInOrderWithTheirRequestsUntouched() {
        InvokeBatch batch = InvokeBatch.parse("\u001d4294967295\u001d1\u001f" + REQUEST + "\u001d22\u001f" + REQUEST);
        assertThat(batch.frame()).isEqualTo(4294967295L);
        assertThat(batch.calls()).containsExactly(new InvokeBatch.Call(1, REQUEST), new InvokeBatch.Call(22, REQUEST));
        assertThat(InvokeBatch.parse("\u001d9").calls()).isEmpty();
    }

    @Test
    void aBatchWithoutANumberWhereOneBelongsIsAMalformedRequest() {
        assertMalformed("\u001d\u001d1\u001f" + REQUEST, "the batch's frame key is not a number");
        assertMalformed("\u001dx\u001d1\u001f" + REQUEST, "the batch's frame key is not a number");
        assertMalformed("\u001d1\u001d" + REQUEST, "a call of the batch has no id");
        assertMalformed("\u001d1\u001d\u001f" + REQUEST, "a call's id is not a number");
        assertMalformed("\u001d1\u001d-1\u001f" + REQUEST, "a call's id is not a number");
        assertMalformed("\u001d1\u001d1234567890123456789\u001f" + REQUEST, "a call's id is not a number");
        assertMalformed("\u001d1\u001d1\u001f" + REQUEST + "\u001d", "a call of the batch has no id");
    }

    @Test
    void anAnswerCarriesJsonAsItIsAndTextQuoted() {
        assertThat(answer('j', "{\"a\":[1]}")).isEqualTo("[\"a\",5,3,\"j\",{\"a\":[1]}]");
        assertThat(answer('e', "\"failed\"")).isEqualTo("[\"a\",5,3,\"e\",\"failed\"]");
        assertThat(answer('b', "AQI=")).isEqualTo("[\"a\",5,3,\"b\",\"AQI=\"]");
        assertThat(answer('t', "abc:65536")).isEqualTo("[\"a\",5,3,\"t\",\"abc:65536\"]");
    }

    /** Call 3's answer in a batch of frame 5. */
    private static String answer(char kind, String value) {
        return new InvokeBatch(5, List.of()).answer(3, new InvokeCodec.Encoded(kind, value));
    }

    private static void assertMalformed(String query, String problem) {
        assertThatExceptionOfType(RequestRejectedException.class).isThrownBy(() -> InvokeBatch.parse(query))
            .satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST))
            .withMessage("invoke refused: " + problem);
    }
}
