package dev.jtauri.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jtauri.InvokeException;
import dev.jtauri.LogCapture;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriCommand;
import dev.jtauri.ipc.InvokeError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generic and polymorphic types, and the wording of binding errors.
 */
class TypesAndErrorsTests {

    private final RuntimeFixture fixture = RuntimeFixture.start(new NoteCrud(), new Shapes(), new Validating());

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void typeVariablesAreResolvedAgainstTheBeansClass() {
        assertThat(this.fixture.client.invoke("save", Map.of("item", Map.of("text", "hi"))).as(String.class))
            .isEqualTo("Note:hi");
    }

    @Test
    void aResultKeepsThePropertiesOfItsRuntimeType() {
        assertThat(this.fixture.client.invoke("shape").json()).isEqualTo("{\"radius\":2}");
    }

    @Test
    void aStringOfTheWrongFormSaysWhatFormWasExpected() {
        assertThat(this.fixture.client.invoke("at", Map.of("when", "yesterday")).error().message())
            .isEqualTo("command 'at': invalid argument 'when': expected an ISO-8601 string (Instant), "
                    + "got a string that is not one");
    }

    @Test
    void anEnumListsItsChoicesAsThePageWritesThem() {
        assertThat(this.fixture.client.invoke("resize", Map.of("size", "SMALL")).error().message())
            .isEqualTo("command 'resize': invalid argument 'size': expected one of [s, large], got a string");
        assertThat(this.fixture.client.invoke("resize", Map.of("size", "large")).as(String.class)).isEqualTo("LARGE");
        assertThat(this.fixture.client.invoke("resize", Map.of("size", "s")).as(String.class)).isEqualTo("SMALL");
    }

    @Test
    void aListOrMapInsideAnArgumentIsNamedByItsJsonKindNotByTheClassJacksonBuilds() {
        assertThat(this.fixture.client.invoke("tag", Map.of("tags", Map.of("x", Map.of()))).error().message())
            .isEqualTo("command 'tag': invalid argument 'tags.x': expected an array, got an object");
        assertThat(this.fixture.client.invoke("tag", Map.of("tags", Map.of("x", List.of(List.of())))).error().message())
            .isEqualTo("command 'tag': invalid argument 'tags.x[0]': expected an object, got an array");
    }

    @Test
    void aNumberOutOfRangeSaysSo() {
        assertThat(this.fixture.client.invokeJson("count", "{\"n\": 99999999999}").error().message())
            .isEqualTo("command 'count': invalid argument 'n': expected an integer (int), got an integer out of its range");
        assertThat(this.fixture.client.invokeJson("rate", "{\"rating\": {\"stars\": 1e400}}").error().message())
            .isEqualTo("command 'rate': invalid argument 'rating.stars': expected an integer (int), got a number out of "
                    + "its range");
    }

    @Test
    void aConstructorThatRejectsAValueDoesNotLeakItToThePage() {
        InvokeError error = this.fixture.client.invoke("register", Map.of("email", Map.of("address", "secret-123")))
            .error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
        assertThat(error.message()).isEqualTo("command 'register': invalid argument 'email': Email rejected the value")
            .doesNotContain("secret-123");
    }

    @Test
    void aConstructorMaySpeakToThePageWithAnInvokeException() {
        assertThat(this.fixture.client.invoke("register", Map.of("email", Map.of("address", ""))).error().message())
            .isEqualTo("command 'register': invalid argument 'email': Email rejected the value: an email is required");
    }

    @Test
    void aTypeJacksonCannotBuildIsTheCommandsFaultAndLogged() {
        try (LogCapture log = new LogCapture(Invoker.class)) {
            InvokeError error = this.fixture.client.invoke("area", Map.of("shape", Map.of("radius", 1))).error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.INTERNAL);
            assertThat(log.at(Level.ERROR)).hasSize(1);
        }
    }

    @Test
    void exceptionTranslatorsTurnCallerFaultsIntoErrorsThePageSees() {
        RuntimeFixture translated = RuntimeFixture.start((builder) -> builder.exceptionTranslators(java.util.List.of(
                (command, ex) -> (ex instanceof IllegalArgumentException)
                        ? InvokeError.of(InvokeError.Kind.INVALID_ARGUMENTS, "command '" + command + "': bad input")
                        : null)), new Validating());
        try (translated) {
            InvokeError error = translated.client.invoke("strict").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
            assertThat(error.message()).isEqualTo("command 'strict': bad input");
        }
    }

    @Test
    void aTranslatorThatThrowsIsSkippedAndThePageStillGetsAnAnswer() {
        RuntimeFixture translated = RuntimeFixture.start((builder) -> builder.exceptionTranslators(java.util.List.of(
                (command, ex) -> {
                    throw new IllegalStateException("translator bug");
                })), new Validating());
        try (translated; LogCapture log = new LogCapture(Invoker.class)) {
            InvokeError error = translated.client.invoke("strict").error();
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.INTERNAL);
            assertThat(log.at(Level.WARN)).singleElement()
                .satisfies((event) -> assertThat(event.getFormattedMessage()).contains("'strict'").contains("skipped"));
            assertThat(log.at(Level.ERROR)).hasSize(1);
        }
    }

    abstract static class Crud<T> {

        @TauriCommand
        public String save(T item) {
            return item.getClass().getSimpleName() + ":" + describe(item);
        }

        abstract String describe(T item);
    }

    record Note(String text) {
    }

    record Rating(int stars) {
    }

    static class NoteCrud extends Crud<Note> {

        @Override
        String describe(Note item) {
            return item.text();
        }
    }

    interface Shape {
    }

    static class Circle implements Shape {

        public int getRadius() {
            return 2;
        }
    }

    static class Shapes {

        @TauriCommand
        public Shape shape() {
            return new Circle();
        }

        @TauriCommand
        public double area(Shape shape) {
            return 0;
        }
    }

    /** Written, and so read, by its property name or its {@code toString()}, as Jackson 3 does. */
    enum Size {

        @JsonProperty("s") SMALL, LARGE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Email(String address) {
        Email {
            if (address.isEmpty()) {
                throw new InvokeException("an email is required");
            }
            if (!address.contains("@")) {
                throw new IllegalArgumentException("not an email: " + address);
            }
        }
    }

    static class Validating {

        @TauriCommand
        public String register(Email email) {
            return email.address();
        }

        @TauriCommand
        public Instant at(Instant when) {
            return when;
        }

        @TauriCommand
        public void strict() {
            throw new IllegalArgumentException("no");
        }

        @TauriCommand
        public String resize(Size size) {
            return size.name();
        }

        @TauriCommand
        public int tag(Map<String, List<Map<String, String>>> tags) {
            return tags.size();
        }

        @TauriCommand
        public int count(int n) {
            return n;
        }

        @TauriCommand
        public int rate(Rating rating) {
            return rating.stars();
        }
    }
}
