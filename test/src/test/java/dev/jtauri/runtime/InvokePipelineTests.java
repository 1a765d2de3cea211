package dev.jtauri.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.jtauri.LogCapture;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriCommand;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.ipc.RequestRejectedException;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.runtime.CommandsForTests.Counter;
import dev.jtauri.runtime.CommandsForTests.Item;
import dev.jtauri.runtime.CommandsForTests.Progress;
import dev.jtauri.test.InvokeResult;
import dev.jtauri.test.TestChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvokePipelineTests {

    private final RuntimeFixture fixture = RuntimeFixture.start(new CommandsForTests());

    @AfterEach
    void close() {
        this.fixture.close();
    }

    // ---- arguments

    @Test
    void argumentsAreBoundByParameterName() {
        assertThat(this.fixture.client.invoke("greet", Map.of("name", "Ada")).as(String.class)).isEqualTo("Hello, Ada!");
    }

    @Test
    void anExplicitNameReplacesTheMethodName() {
        assertThat(this.fixture.client.invoke("add_numbers", Map.of("a", 2, "b", 3)).as(Integer.class)).isEqualTo(5);
        assertThat(this.fixture.client.invoke("add").error().kind()).isEqualTo(InvokeError.Kind.UNKNOWN_COMMAND);
    }

    @Test
    void genericCollectionsOfRecordsBind() {
        List<Item> items = List.of(new Item("tea", 2.5), new Item("cake", 4));
        assertThat(this.fixture.client.invoke("total", Map.of("items", items)).as(Double.class)).isEqualTo(6.5);
    }

    @Test
    void nestedRecordsEnumsAndDatesBind() {
        Map<String, Object> order = Map.of("customer", "Ada", "items", List.of(Map.of("name", "tea", "price", 1)),
                "color", "GREEN", "due", "2026-12-24");
        assertThat(this.fixture.client.invoke("describeOrder", Map.of("order", order)).as(String.class))
            .isEqualTo("Ada:1:GREEN:2026-12-24");
    }

    @Test
    void optionalAndNullableArgumentsMayBeLeftOut() {
        assertThat(this.fixture.client.invoke("maybe", Map.of()).as(String.class)).isEqualTo("none/null");
        assertThat(this.fixture.client.invoke("maybe", Map.of("nickname", "Bob", "age", 7)).as(String.class))
            .isEqualTo("Bob/7");
    }

    @Test
    void javaTimeTypesTravelAsIsoStrings() {
        InvokeResult result = this.fixture.client.invoke("later",
                Map.of("when", "2026-01-01T00:00:00Z", "seconds", 90));
        assertThat(result.json()).isEqualTo("\"2026-01-01T00:01:30Z\"");
        assertThat(result.as(Instant.class)).isEqualTo(Instant.parse("2026-01-01T00:01:30Z"));
    }

    @Test
    void aBodyParameterTakesTheWholeBody() {
        assertThat(this.fixture.client.invoke("priced", new Item("tea", 1.5)).as(Item.class))
            .isEqualTo(new Item("TEA", 3.0));
    }

    @Test
    void rawBytesGoInAndComeBackRaw() {
        byte[] reversed = this.fixture.client.invokeRaw("reverseBytes", new byte[] { 1, 2, 3, (byte) 255 }, Map.of())
            .bytes();
        assertThat(reversed).containsExactly((byte) 255, 3, 2, 1);
    }

    @Test
    void injectedParametersComeFromTheCall() {
        assertThat(this.fixture.client.invoke("whoCalls", null, Map.of("x-trace", "t-1")).as(String.class))
            .isEqualTo("true/no-window/t-1");
    }

    @Test
    void stateIsInjectedByType() {
        this.fixture.app().manage(new Counter(7));
        assertThat(this.fixture.client.invoke("counter").as(Integer.class)).isEqualTo(7);
        assertThat(this.fixture.client.invoke("toolsFromState").as(Boolean.class)).isTrue();
    }

    // ---- results

    @Test
    void voidResultsResolveWithNull() {
        assertThat(this.fixture.client.invoke("nothing").json()).isEqualTo("null");
    }

    @Test
    void asyncResultsAreAwaited() {
        assertThat(this.fixture.client.invoke("echoLater", Map.of("text", "hi")).as(String.class)).isEqualTo("hi (later)");
    }

    @Test
    void commandsRunOnThePortal() {
        assertThat(this.fixture.client.invoke("threadName").as(String.class)).startsWith("tauri-portal-");
    }

    // ---- channels

    @Test
    void aChannelStreamsMessagesInOrderAndEnds() {
        TestChannel<Progress> progress = this.fixture.client.channel(Progress.class);
        InvokeResult result = this.fixture.client.invoke("stream", Map.of("count", 50, "onProgress", progress));
        assertThat(result.as(Integer.class)).isEqualTo(50);
        List<Progress> messages = progress.awaitClose();
        assertThat(messages).hasSize(50).first().isEqualTo(new Progress(1, 50));
        assertThat(messages).last().isEqualTo(new Progress(50, 50));
        assertThat(messages).isSortedAccordingTo((a, b) -> Integer.compare(a.done(), b.done()));
    }

    @Test
    void aByteChannelSendsRawMessages() {
        TestChannel<byte[]> chunks = this.fixture.client.channel(byte[].class);
        this.fixture.client.invoke("streamBytes", Map.of("chunks", chunks)).json();
        assertThat(chunks.awaitClose()).containsExactly(new byte[] { 1, 2 }, new byte[] { 3 });
    }

    @Test
    void aChannelArgumentThatIsNotAChannelIsRejected() {
        InvokeError error = this.fixture.client.invoke("stream", Map.of("count", 1, "onProgress", true)).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
        assertThat(error.message()).isEqualTo("command 'stream': invalid argument 'onProgress': expected a Channel "
                + "(new Channel() from @tauri-apps/api/core), got a value that is not one");
    }

    // ---- pyInvoke

    @Test
    void pyInvokeRoutesToTheCommandNamedByTheHeaderWithARawJsonBody() {
        assertThat(this.fixture.client.pyInvoke("greet", Map.of("name", "Py")).as(String.class)).isEqualTo("Hello, Py!");
        assertThat(this.fixture.client.pyInvoke("priced", new Item("x", 1)).as(Item.class)).isEqualTo(new Item("X", 2));
    }

    @Test
    void pyInvokeWithoutItsHeaderIsMalformed() {
        InvokeError error = this.fixture.client.invokeRaw(Invoker.PY_INVOKE_COMMAND, new byte[0], Map.of()).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST);
        assertThat(error.message()).contains("needs the 'pyfunc' header");
    }

    // ---- errors

    @Test
    void anUnknownCommandIsNamedWithAHint() {
        InvokeResult result = this.fixture.client.invoke("gret", Map.of("name", "x"));
        assertThat(result.error().kind()).isEqualTo(InvokeError.Kind.UNKNOWN_COMMAND);
        assertThat(result.error().message()).isEqualTo("unknown command 'gret' (did you mean 'greet'?)");
        assertThat(result.rejection()).isEqualTo("\"unknown command 'gret' (did you mean 'greet'?)\"");
    }

    @Test
    void aMissingArgumentIsNamedWithItsType() {
        assertThat(this.fixture.client.invoke("greet", Map.of()).error().message())
            .isEqualTo("command 'greet': missing required argument 'name' (String)");
    }

    @Test
    void aNullArgumentIsRejectedUnlessNullable() {
        java.util.HashMap<String, Object> args = new java.util.HashMap<>();
        args.put("name", null);
        assertThat(this.fixture.client.invoke("greet", args).error().message())
            .isEqualTo("command 'greet': argument 'name' (String) must not be null");
    }

    @Test
    void aMistypedArgumentSaysWhatWasExpectedAndWhatCameButNotTheValue() {
        InvokeError error = this.fixture.client.invoke("add_numbers", Map.of("a", "secret-text", "b", 1)).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
        assertThat(error.message())
            .isEqualTo("command 'add_numbers': invalid argument 'a': expected an integer (int), got a string")
            .doesNotContain("secret-text");
    }

    @Test
    void aMistypedNestedValueIsLocatedByItsPath() {
        List<Object> items = List.of(Map.of("name", "tea", "price", 1), Map.of("name", "cake", "price", "free"));
        assertThat(this.fixture.client.invoke("total", Map.of("items", items)).error().message())
            .isEqualTo("command 'total': invalid argument 'items[1].price': expected a number (double), got a string");
    }

    @Test
    void aBadEnumValueListsTheChoices() {
        Map<String, Object> order = Map.of("customer", "Ada", "items", List.of(), "color", "BLUE", "due", "2026-12-24");
        assertThat(this.fixture.client.invoke("describeOrder", Map.of("order", order)).error().message())
            .isEqualTo("command 'describeOrder': invalid argument 'order.color': expected one of [RED, GREEN], got a string");
    }

    @Test
    void malformedJsonIsReportedWithItsPositionOnly() {
        InvokeError error = this.fixture.client.invokeJson("greet", "{\"name\": \"Ada\" oops").error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST);
        assertThat(error.message()).startsWith("command 'greet': the body is not valid JSON (at line 1, column")
            .doesNotContain("Ada");
    }

    @Test
    void rawBytesThatAreNotUtf8AreMalformedJsonEvenWhereJacksonWouldDecodeThem() {
        // An overlong NUL (C0 80) and a code point beyond U+10FFFF: Jackson reads them as NUL and lone surrogates.
        byte[] overlong = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}' };
        byte[] beyond = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80,
            '"', '}' };
        for (byte[] body : List.of(overlong, beyond)) {
            InvokeError error = this.fixture.client.invokeRaw("greet", body, Map.of()).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.MALFORMED_REQUEST);
            assertThat(error.message()).isEqualTo("command 'greet': the body is not valid JSON (at line 1, column 10)");
        }
    }

    @Test
    void argumentsThatAreNotAnObjectAreRejected() {
        assertThat(this.fixture.client.invokeJson("greet", "[1, 2]").error().message())
            .isEqualTo("command 'greet': arguments must be a JSON object keyed by parameter name, got an array");
    }

    @Test
    void aBodyOfTheWrongShapeIsRejected() {
        assertThat(this.fixture.client.invokeJson("priced", "[1]").error().message())
            .isEqualTo("command 'priced': invalid body: expected an object (Item), got an array");
    }

    @Test
    void anInvokeExceptionRejectsWithItsMessageAsAStringAndIsNotLogged() {
        try (LogCapture log = new LogCapture(Invoker.class)) {
            InvokeResult result = this.fixture.client.invoke("refuse", Map.of("reason", "closed"));
            assertThat(result.error().kind()).isEqualTo(InvokeError.Kind.COMMAND_ERROR);
            assertThat(result.rejection()).isEqualTo("\"refused: closed\"");
            assertThat(log.at(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void anInvokeExceptionWithCodeAndDataRejectsWithAnObject() {
        InvokeResult result = this.fixture.client.invoke("refuseWithCode");
        assertThat(result.error().code()).isEqualTo("QUOTA");
        assertThat(result.rejection()).isEqualTo("{\"message\":\"quota exceeded\",\"code\":\"QUOTA\",\"data\":{\"limit\":3}}");
    }

    @Test
    void anAsyncInvokeExceptionRejectsLikeASyncOne() {
        assertThat(this.fixture.client.invoke("failLater").rejection()).isEqualTo("\"async refusal\"");
    }

    @Test
    void anyOtherExceptionIsLoggedWithItsStackUnderAnIdThatThePageSeesWithoutDetails() {
        try (LogCapture log = new LogCapture(Invoker.class)) {
            InvokeError error = this.fixture.client.invoke("explode").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.INTERNAL);
            assertThat(error.message()).matches("command 'explode' failed with an internal error \\(error id [0-9a-f]{8}\\);"
                    + " the application log has the details")
                .doesNotContain("shadow").doesNotContain("IOException");
            String errorId = error.message().replaceAll(".*error id ([0-9a-f]{8}).*", "$1");
            ILoggingEvent logged = log.at(Level.ERROR).get(0);
            assertThat(logged.getFormattedMessage()).contains("'explode'").contains("CommandsForTests#explode()")
                .contains(errorId);
            assertThat(logged.getThrowableProxy().getClassName()).isEqualTo("java.io.IOException");
            assertThat(logged.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        }
    }

    @Test
    void missingStateIsAnInternalError() {
        InvokeError error = this.fixture.client.invoke("counter").error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.INTERNAL);
    }

    @Test
    void anOversizedBodyIsRejectedBeforeParsing() {
        try (RuntimeFixture small = RuntimeFixture.withMaxPayload(16, new CommandsForTests())) {
            InvokeError error = small.client.invoke("greet", Map.of("name", "a name longer than sixteen")).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE);
            assertThat(error.message()).contains("larger than the limit of 16 bytes (tauri.ipc.max-payload-size)");
            assertThat(small.client.invoke("greet", Map.of("name", "Al")).as(String.class)).isEqualTo("Hello, Al!");
        }
    }

    @Test
    void aTransportThatRefusesAnOversizedBodyUnreadGetsThePipelinesOwnAnswer() throws Exception {
        try (RuntimeFixture small = RuntimeFixture.withMaxPayload(16, new CommandsForTests())) {
            Invoker invoker = small.runtime.invoker();
            assertThat(invoker.maxPayloadSize()).isEqualTo(16);
            InvokeResponse refused = invoker.decodeAndInvoke(() -> {
                throw invoker.payloadTooLarge("reverseBytes");
            }).get(5, TimeUnit.SECONDS);
            InvokeError inPipeline = small.client.invokeRaw("reverseBytes", new byte[17], Map.of()).error();
            assertThat(refused).isInstanceOfSatisfying(InvokeResponse.Err.class,
                    (err) -> assertThat(err.error()).isEqualTo(inPipeline));
            assertThat(inPipeline.kind()).isEqualTo(InvokeError.Kind.PAYLOAD_TOO_LARGE);
            assertThat(inPipeline.message()).isEqualTo("command 'reverseBytes': the body is larger than the limit of 16 "
                    + "bytes (tauri.ipc.max-payload-size)");
        }
    }

    @Test
    void aDecoderThatRejectsARequestIsAnsweredWithItsErrorAndOneThatFailsIsAnInternalError() throws Exception {
        Invoker invoker = this.fixture.runtime.invoker();
        InvokeResponse rejected = invoker.decodeAndInvoke(() -> {
            throw new RequestRejectedException(InvokeError.Kind.MALFORMED_REQUEST, "invoke refused: bad token");
        }).get(5, TimeUnit.SECONDS);
        assertThat(((InvokeResponse.Err) rejected).error())
            .isEqualTo(InvokeError.of(InvokeError.Kind.MALFORMED_REQUEST, "invoke refused: bad token"));
        try (LogCapture log = new LogCapture(Invoker.class)) {
            InvokeResponse failed = invoker.decodeAndInvoke(() -> {
                throw new IllegalStateException("decoder bug");
            }).get(5, TimeUnit.SECONDS);
            assertThat(((InvokeResponse.Err) failed).error().message())
                .matches("the call failed with an internal error \\(error id [0-9a-f]{8}\\); the application log has the details");
            assertThat(log.at(Level.ERROR)).singleElement()
                .satisfies((event) -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("decoder bug"));
        }
    }

    @Test
    void afterShutdownCallsAreRefusedClearly() {
        this.fixture.portal.stop();
        InvokeError error = this.fixture.client.invoke("greet", Map.of("name", "x")).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.UNAVAILABLE);
        assertThat(error.message()).isEqualTo("command 'greet' was not run: the application is shutting down");
    }

    @Test
    void anAsyncResultThatArrivesAfterShutdownIsAnsweredAsUnavailableWithoutAStack() throws Exception {
        Gate gate = new Gate();
        try (RuntimeFixture fixture = RuntimeFixture.start(gate); LogCapture log = new LogCapture(Invoker.class)) {
            CompletableFuture<InvokeResult> answer = fixture.client.invokeAsync("waitForGate", InvokeBody.NULL, Map.of());
            assertThat(gate.entered.await(5, TimeUnit.SECONDS)).isTrue();
            fixture.portal.stop();
            fixture.portalThreads.shutdownNow();
            gate.result.complete("too late");
            InvokeError error = answer.get(5, TimeUnit.SECONDS).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.UNAVAILABLE);
            assertThat(error.message()).isEqualTo("command 'waitForGate' did not complete: the application is shutting down");
            assertThat(log.events()).allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
            assertThat(log.at(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void badInputLosesNothing() {
        this.fixture.client.invokeJson("greet", "{{{");
        this.fixture.client.invoke("nope");
        this.fixture.client.invoke("add_numbers", Map.of("a", List.of()));
        assertThat(this.fixture.client.invoke("greet", Map.of("name", "still here")).as(String.class))
            .isEqualTo("Hello, still here!");
    }

    /** A command whose result the test completes. */
    static class Gate {

        final CountDownLatch entered = new CountDownLatch(1);

        final CompletableFuture<String> result = new CompletableFuture<>();

        @TauriCommand
        public CompletionStage<String> waitForGate() {
            this.entered.countDown();
            return this.result;
        }
    }

    @Test
    void aUtf8JsonBodyInRawBytesIsParsedForNamedArguments() {
        byte[] body = "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(this.fixture.client.invokeRaw("greet", body, Map.of()).as(String.class)).isEqualTo("Hello, Zoë!");
    }
}
