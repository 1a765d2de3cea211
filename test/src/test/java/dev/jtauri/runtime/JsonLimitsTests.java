package dev.jtauri.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.event.EventPluginCommands;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.test.ReceivedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every JSON a page sends is read within the {@link JsonLimits}, and what goes over one is
 * refused naming the limit and its property: named arguments, a {@code @Body}, a
 * {@code pyInvoke}'s raw JSON, the event plugin's payloads and target header.
 */
class JsonLimitsTests {

    private final RuntimeFixture fixture = RuntimeFixture.start(
            (builder) -> builder.jsonLimits(new JsonLimits(8, 32, 6, 12, 4096)), new CommandsForTests());

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void namedArgumentsNestingTooDeepAreRefusedNamingTheLimit() {
        InvokeError error = this.fixture.client.invokeJson("echoBody", "{\"a\":" + nested(8) + "}").error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE);
        assertThat(error.message())
            .isEqualTo("command 'echoBody': the body nests deeper than 8 levels (tauri.ipc.max-nesting-depth)");
        assertThat(this.fixture.client.invokeJson("echoBody", "{\"a\":" + nested(7) + "}").isOk()).isTrue();
    }

    @Test
    void eachLimitIsNamedWithItsProperty() {
        assertThat(message("greet", "{\"name\":\"" + "x".repeat(33) + "\"}"))
            .isEqualTo("command 'greet': the body has a string longer than 32 characters (tauri.ipc.max-string-length)");
        assertThat(message("add_numbers", "{\"a\":1234567,\"b\":1}"))
            .isEqualTo("command 'add_numbers': the body has a number longer than 6 characters "
                    + "(tauri.ipc.max-number-length)");
        assertThat(message("greet", "{\"name\":\"x\",\"abcdefghijklm\":1}"))
            .isEqualTo("command 'greet': the body has a property name longer than 12 characters "
                    + "(tauri.ipc.max-name-length)");
        assertThat(message("greet", "{\"name\":\"x\"" + " ".repeat(4096) + "}"))
            .isEqualTo("command 'greet': the body is longer than 4096 bytes (tauri.ipc.max-document-length)");
    }

    @Test
    void aBodyParameterIsReadWithinTheLimits() {
        assertThat(message("priced", "{\"name\":\"tea\",\"price\":1234567.5}"))
            .isEqualTo("command 'priced': the body has a number longer than 6 characters (tauri.ipc.max-number-length)");
    }

    @Test
    void aPyInvokeBodyIsReadWithinTheLimits() {
        byte[] body = ("{\"a\":" + nested(9) + "}").getBytes(StandardCharsets.UTF_8);
        InvokeError error = this.fixture.client.invokeRaw(Invoker.PY_INVOKE_COMMAND, body,
                Map.of(Invoker.PY_INVOKE_HEADER, "echoBody")).error();
        assertThat(error.message())
            .isEqualTo("command 'echoBody': the body nests deeper than 8 levels (tauri.ipc.max-nesting-depth)");
    }

    @Test
    void anEventPayloadFromThePageIsReadWithinTheLimitsAndNotEmitted() {
        ReceivedEvents saved = this.fixture.client.listen("saved");
        InvokeError named = this.fixture.client.invokeJson("plugin:event|emit",
                "{\"event\":\"saved\",\"payload\":" + nested(8) + "}").error();
        assertThat(named.message())
            .isEqualTo("command 'plugin:event|emit': the body nests deeper than 8 levels (tauri.ipc.max-nesting-depth)");
        InvokeError headerForm = this.fixture.client.invoke("plugin:event|emit", Map.of("text", "x".repeat(40)),
                Map.of(EventPluginCommands.EVENT_NAME_HEADER, "saved")).error();
        assertThat(headerForm.message()).isEqualTo("command 'plugin:event|emit': the body has a string longer than "
                + "32 characters (tauri.ipc.max-string-length)");
        this.fixture.client.emit("saved", "within");
        assertThat(saved.next().payload()).isEqualTo("\"within\"");
    }

    @Test
    void anEventTargetHeaderIsReadWithinTheLimits() {
        Map<String, String> headers = Map.of(EventPluginCommands.EVENT_NAME_HEADER, "saved",
                EventPluginCommands.EVENT_TARGET_HEADER, "{\"kind\":\"Window\",\"label\":\"" + "m".repeat(40) + "\"}");
        InvokeError error = this.fixture.client.invoke("plugin:event|emit_to", 1, headers).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE);
        assertThat(error.message()).isEqualTo("command 'plugin:event|emit_to': header 'Tauri-Event-Target' has a "
                + "string longer than 32 characters (tauri.ipc.max-string-length)");
    }

    @Test
    void theDefaultsAreJacksonsWithTheLargestBodyAsTheDocumentLength() {
        try (RuntimeFixture defaults = RuntimeFixture.withMaxPayload(1024, new CommandsForTests())) {
            assertThat(defaults.runtime.pageJson().limits()).isEqualTo(JsonLimits.defaults(1024));
            assertThat(defaults.client.invokeJson("echoBody", "{\"a\":" + nested(499) + "}").isOk()).isTrue();
            assertThat(defaults.client.invokeJson("echoBody", "{\"a\":" + nested(500) + "}").error().message())
                .isEqualTo("command 'echoBody': the body nests deeper than 500 levels (tauri.ipc.max-nesting-depth)");
        }
    }

    @Test
    void resultsAreNotPageInputAndAreWrittenByTheAppsMapper() {
        assertThat(this.fixture.runtime.pageJson().mapper()).isSameAs(this.fixture.runtime.jsonMapper());
        String name = "x".repeat(30);
        assertThat(this.fixture.client.invoke("greet", Map.of("name", name)).as(String.class))
            .as("longer than the string limit").isEqualTo("Hello, " + name + "!");
    }

    @Test
    void aDocumentLimitOverTheLargestBodyIsLoweredToIt() {
        BlockingPortal portal = new BlockingPortal(Runnable::run);
        assertThat(TauriRuntime.builder(portal).jsonLimits(JsonLimits.defaults(1001)).maxPayloadSize(1000).build()
            .pageJson().limits()).isEqualTo(JsonLimits.defaults(1000));
    }

    @Test
    void aNestingLimitDeeperThanTheMapperWritesFailsTheBuild() {
        BlockingPortal portal = new BlockingPortal(Runnable::run);
        JsonMapper shallow = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100).build()).build()).build();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> TauriRuntime.builder(portal).jsonMapper(shallow).build())
            .withMessageStartingWith("The JSON nesting limit (500, tauri.ipc.max-nesting-depth) is deeper than the "
                    + "JSON mapper writes (100");
        assertThat(TauriRuntime.builder(portal).jsonMapper(shallow)
            .jsonLimits(new JsonLimits(100, 10, 10, 10, 1000)).build().pageJson().limits().maxNestingDepth())
            .isEqualTo(100);
    }

    private String message(String command, String json) {
        InvokeError error = this.fixture.client.invokeJson(command, json).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE);
        return error.message();
    }

    /** A value nested {@code depth} arrays deep: {@code [[[1]]]} for 3. */
    static String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }
}
