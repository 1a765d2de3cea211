package dev.jtauri;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventTargetTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void everyKindIsWrittenAsTauriWritesItAndReadBack() {
        List<EventTarget> targets = List.of(EventTarget.any(), EventTarget.app(), EventTarget.anyLabel("main"),
                EventTarget.window("main"), EventTarget.webview("main"), EventTarget.webviewWindow("main"));
        List<String> json = targets.stream().map(this.mapper::writeValueAsString).toList();
        assertThat(json).containsExactly("{\"kind\":\"Any\"}", "{\"kind\":\"App\"}",
                "{\"kind\":\"AnyLabel\",\"label\":\"main\"}", "{\"kind\":\"Window\",\"label\":\"main\"}",
                "{\"kind\":\"Webview\",\"label\":\"main\"}", "{\"kind\":\"WebviewWindow\",\"label\":\"main\"}");
        assertThat(json.stream().map((text) -> this.mapper.readValue(text, EventTarget.class)))
            .containsExactlyElementsOf(targets);
    }

    @Test
    void aBareLabelIsAnyLabel() {
        assertThat(this.mapper.readValue("\"settings\"", EventTarget.class)).isEqualTo(EventTarget.anyLabel("settings"));
    }

    @Test
    void anUnknownKindIsAnErrorThatDoesNotQuoteIt() {
        assertThatExceptionOfType(InvalidTypeIdException.class)
            .isThrownBy(() -> this.mapper.readValue("{\"kind\":\"Secret\",\"label\":\"main\"}", EventTarget.class))
            .satisfies((ex) -> assertThat(ex.getOriginalMessage()).doesNotContain("Secret")
                .contains("[Any, AnyLabel, App, Webview, WebviewWindow, Window]"));
    }

    @Test
    void aLabelledKindWithoutItsLabelIsAnError() {
        assertThatExceptionOfType(ValueInstantiationException.class)
            .isThrownBy(() -> this.mapper.readValue("{\"kind\":\"Window\"}", EventTarget.class));
    }

    @Test
    void targetsOfOneKindAndLabelAreEqual() {
        assertThat(new EventTarget.Any()).isEqualTo(EventTarget.any());
        assertThat(EventTarget.window("a")).isEqualTo(EventTarget.window("a")).isNotEqualTo(EventTarget.webview("a"));
    }
}
