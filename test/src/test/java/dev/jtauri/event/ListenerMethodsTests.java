package dev.jtauri.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.jtauri.Event;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriListener;
import dev.jtauri.command.CommandDefinitionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ListenerMethodsTests {

    private final RuntimeFixture fixture = RuntimeFixture.start();

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void aListenerMethodReceivesThePayloadDecodedAsItsParameterType() throws Exception {
        Listeners listeners = new Listeners();
        this.fixture.runtime.listenerMethods().registerAll(listeners);
        this.fixture.client.emit("saved", Map.of("id", 7, "tags", List.of("a")));
        assertThat(listeners.saved.get(5, TimeUnit.SECONDS)).isEqualTo(new Saved(7, List.of("a")));
        assertThat(listeners.tree.get(5, TimeUnit.SECONDS).get("id").intValue()).isEqualTo(7);
        assertThat(listeners.event.get(5, TimeUnit.SECONDS).name()).isEqualTo("saved");
        assertThat(listeners.bare).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void aListenerMethodHearsEmitsToItsTargetAsTheAppUnlessAny() throws Exception {
        Listeners listeners = new Listeners();
        this.fixture.runtime.listenerMethods().registerAll(listeners);
        this.fixture.app().emitTo("main", "saved", Map.of("id", 1, "tags", List.of()));
        assertThat(listeners.any.get(5, TimeUnit.SECONDS)).isEqualTo("any");
        assertThat(listeners.saved).isNotDone();
    }

    @Test
    void aListenerMethodWithTwoParametersIsRejected() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.fixture.runtime.listenerMethods().registerAll(new TwoParameters()))
            .withMessageContaining("takes 2 parameters; it may take none, an Event, or the payload");
    }

    record Saved(int id, List<String> tags) {
    }

    static class Listeners {

        final CompletableFuture<Saved> saved = new CompletableFuture<>();

        final CompletableFuture<JsonNode> tree = new CompletableFuture<>();

        final CompletableFuture<Event> event = new CompletableFuture<>();

        final CompletableFuture<Void> bare = new CompletableFuture<>();

        final CompletableFuture<String> any = new CompletableFuture<>();

        @TauriListener("saved")
        void onSaved(Saved saved) {
            this.saved.complete(saved);
        }

        @TauriListener("saved")
        void onTree(JsonNode tree) {
            this.tree.complete(tree);
        }

        @TauriListener("saved")
        void onEvent(Event event) {
            this.event.complete(event);
        }

        @TauriListener("saved")
        void onBare() {
            this.bare.complete(null);
        }

        @TauriListener(value = "saved", any = true)
        void onAny() {
            this.any.complete("any");
        }
    }

    static class TwoParameters {

        @TauriListener("x")
        void on(Event a, Event b) {
        }
    }
}
