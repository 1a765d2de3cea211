package dev.jtauri;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadersTests {

    @Test
    void namesMatchWithoutRegardToCase() {
        Headers headers = Headers.of(Map.of("X-Trace", "t-1"));
        assertThat(headers.get("x-trace")).isEqualTo("t-1");
        assertThat(headers.contains("X-TRACE")).isTrue();
        assertThat(headers.get("pyfunc")).isNull();
        assertThat(headers.asMap()).containsEntry("x-TRACE", "t-1");
    }

    @Test
    void theTextShowsNamesButNeverValues() {
        assertThat(Headers.of(Map.of("Authorization", "secret-token"))).hasToString("Headers[authorization]");
    }

    @Test
    void noHeadersAreTheEmptyHeaders() {
        assertThat(Headers.of(Map.of())).isSameAs(Headers.empty());
        assertThat(Headers.empty().asMap()).isEmpty();
    }
}
