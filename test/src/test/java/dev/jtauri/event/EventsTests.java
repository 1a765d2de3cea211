package dev.jtauri.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.jtauri.Emitter;
import dev.jtauri.Headers;
import dev.jtauri.WebviewWindow;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.PageListener;
import org.jspecify.annotations.Nullable;
import dev.jtauri.Event;
import dev.jtauri.EventTarget;
import dev.jtauri.Listener;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.test.ReceivedEvent;
import dev.jtauri.test.ReceivedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

class EventsTests {

    private final RuntimeFixture fixture = RuntimeFixture.start();

    @AfterEach
    void close() {
        this.fixture.close();
    }

    // ---- Java listeners

    @Test
    void aJavaListenerReceivesTheEventOnAnEventThread() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        Listener.listen(this.fixture.app(), "greeting", (event) -> seen.complete(
                event.name() + "|" + event.payload(String.class) + "|" + Thread.currentThread().getName()));
        Emitter.emit(this.fixture.app(), "greeting", "hi");
        assertThat(seen.get(5, TimeUnit.SECONDS)).startsWith("greeting|hi|tauri-event-");
    }

    @Test
    void payloadsDecodeToGenericTypes() throws Exception {
        CompletableFuture<List<Instant>> seen = new CompletableFuture<>();
        this.fixture.app().listen("times", (event) -> seen.complete(event.payload(new TypeReference<List<Instant>>() { })));
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        this.fixture.app().emit("times", List.of(now));
        assertThat(seen.get(5, TimeUnit.SECONDS)).containsExactly(now);
    }

    @Test
    void onceRunsExactlyOnceHoweverManyThreadsEmit() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Listener.once(this.fixture.app(), "ping", (event) -> calls.incrementAndGet());
        ExecutorService emitters = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 400; i++) {
                emitters.execute(() -> Emitter.emit(this.fixture.app(), "ping", null));
            }
        }
        finally {
            emitters.shutdown();
            emitters.awaitTermination(10, TimeUnit.SECONDS);
        }
        this.fixture.awaitDeliveries();
        assertThat(calls).hasValue(1);
    }

    @Test
    void unlistenStopsAListenerAndTheEventCarriesItsId() throws Exception {
        CompletableFuture<Long> firstId = new CompletableFuture<>();
        AtomicInteger calls = new AtomicInteger();
        long id = Listener.listen(this.fixture.app(), "tick", (event) -> {
            calls.incrementAndGet();
            firstId.complete(event.id());
        });
        Emitter.emit(this.fixture.app(), "tick", 1);
        assertThat(firstId.get(5, TimeUnit.SECONDS)).isEqualTo(id);
        Listener.unlisten(this.fixture.app(), id);
        Emitter.emit(this.fixture.app(), "tick", 2);
        this.fixture.awaitDeliveries();
        assertThat(calls).hasValue(1);
    }

    @Test
    void eventsQueuedForAListenerAreDroppedOnceItIsRemoved() throws Exception {
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch inFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        long id = this.fixture.app().listen("slow", (event) -> {
            calls.incrementAndGet();
            inFirst.countDown();
            awaitQuietly(blocking);
        });
        this.fixture.app().emit("slow", 1);
        assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
        this.fixture.app().emit("slow", 2);
        this.fixture.app().unlisten(id);
        blocking.countDown();
        this.fixture.awaitDeliveries();
        assertThat(calls).hasValue(1);
    }

    @Test
    void emittingAfterTheDeliveryThreadsStoppedDoesNotThrow() {
        this.fixture.app().listen("late", (event) -> { });
        this.fixture.eventThreads.shutdownNow();
        Emitter.emit(this.fixture.app(), "late", 1);
    }

    @Test
    void aPageCannotRemoveAnotherPagesListener() {
        ReceivedEvents mine = this.fixture.client.listen("shared");
        try (dev.jtauri.test.TauriTestClient other = dev.jtauri.test.TauriTestClient.connect(this.fixture.runtime, "other")) {
            other.invoke("plugin:event|unlisten", Map.of("event", "shared", "eventId", mine.listenerId())).json();
        }
        Emitter.emit(this.fixture.app(), "shared", 1);
        assertThat(mine.next().payload(Integer.class)).isEqualTo(1);
    }

    @Test
    void eachListenerGetsItsEventsInEmitOrder() {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        this.fixture.app().listen("seq", (event) -> seen.add(event.payload(Integer.class)));
        for (int i = 0; i < 1000; i++) {
            this.fixture.app().emit("seq", i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1000);
        assertThat(seen).isSorted();
    }

    @Test
    void aBlockedListenerDelaysOnlyItself() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> other = new CompletableFuture<>();
        this.fixture.app().listen("work", (event) -> awaitQuietly(release));
        this.fixture.app().listen("work", (event) -> other.complete(event.payload()));
        this.fixture.app().emit("work", "job");
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("\"job\"");
        release.countDown();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() throws Exception {
        CompletableFuture<String> healthy = new CompletableFuture<>();
        this.fixture.app().listen("oops", (event) -> {
            throw new IllegalStateException("listener bug");
        });
        this.fixture.app().listen("oops", (event) -> healthy.complete("ok"));
        this.fixture.app().emit("oops", null);
        assertThat(healthy.get(5, TimeUnit.SECONDS)).isEqualTo("ok");
    }

    @Test
    void theSeedsToSyncListenerNeverDeadlocksHoweverManyListenersBlockAtOnce() throws Exception {
        int listeners = 64;
        CountDownLatch allInside = new CountDownLatch(listeners);
        CountDownLatch allDone = new CountDownLatch(listeners);
        for (int i = 0; i < listeners; i++) {
            Listener.once(this.fixture.app(), "foo-event", this.fixture.asyncTools.toSync((Event event) ->
                    CompletableFuture.supplyAsync(() -> {
                        // Every listener holds a portal thread until all of them are in.
                        allInside.countDown();
                        awaitQuietly(allInside);
                        allDone.countDown();
                        return event.payload();
                    }, this.fixture.portal.executor())));
        }
        Emitter.emit(this.fixture.app(), "foo-event", Instant.now());
        assertThat(allDone.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theSeedsCommandWaitsForAnEventThroughAToSyncListener() {
        this.fixture.runtime.commands().registerAll(new SeedCommands());
        CompletableFuture<String> received = this.fixture.client
            .invokeAsync("receiveFooEvent", dev.jtauri.ipc.InvokeBody.NULL, Map.of())
            .thenApply((result) -> result.as(String.class));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            this.fixture.client.emit("foo-event", "payload-1");
            return received.isDone();
        });
        assertThat(received.join()).isEqualTo("Received: \"payload-1\"");
    }

    @Test
    void invalidEventNamesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Emitter.emit(this.fixture.app(), "bad name", 1))
            .withMessageContaining("'bad name' is not valid");
        assertThatIllegalArgumentException().isThrownBy(() -> this.fixture.app().listen("", (event) -> { }));
        InvokeError error = this.fixture.client.invoke("plugin:event|emit", Map.of("event", "a b")).error();
        assertThat(error.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
        assertThat(error.message()).contains("invalid argument 'event'");
    }

    // ---- targets, as Tauri matches them

    @Test
    void emitToALabelReachesThatTargetAndAnyListenersButNotTheApp() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        this.fixture.app().listen("news", (event) -> heard.add("app"));
        this.fixture.app().listenAny("news", (event) -> heard.add("any"));
        this.fixture.app().listen(EventTarget.webviewWindow("main"), "news", (event) -> heard.add("main-window"));
        this.fixture.app().listen(EventTarget.webviewWindow("other"), "news", (event) -> heard.add("other-window"));
        Emitter.emitTo(this.fixture.app(), "main", "news", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() >= 2);
        this.fixture.awaitDeliveries();
        assertThat(heard).containsExactlyInAnyOrder("any", "main-window");
    }

    @Test
    void emitToTheAppReachesAppListenersOnly() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        this.fixture.app().listen("news", (event) -> heard.add("app"));
        this.fixture.app().listen(EventTarget.webviewWindow("main"), "news", (event) -> heard.add("main-window"));
        Emitter.emitTo(this.fixture.app(), EventTarget.app(), "news", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        this.fixture.awaitDeliveries();
        assertThat(heard).containsExactly("app");
    }

    @Test
    void emitFilterAsksTheFilterAboutEachListenersTarget() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        this.fixture.app().listen(EventTarget.webviewWindow("widget-1"), "tick", (event) -> heard.add("widget-1"));
        this.fixture.app().listen(EventTarget.webviewWindow("settings"), "tick", (event) -> heard.add("settings"));
        Emitter.emitFilter(this.fixture.app(), "tick", 1, (target) -> target instanceof EventTarget.WebviewWindow w
                && w.label().startsWith("widget-"));
        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        this.fixture.awaitDeliveries();
        assertThat(heard).containsExactly("widget-1");
    }

    // ---- pages

    @Test
    void aPageListenerReceivesJavaEmitsWithItsListenerId() {
        ReceivedEvents events = this.fixture.client.listen("clock");
        Emitter.emit(this.fixture.app(), "clock", Instant.parse("2026-11-25T10:00:00Z"));
        ReceivedEvent event = events.next();
        assertThat(event.id()).isEqualTo(events.listenerId());
        assertThat(event.payload(Instant.class)).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void aPageListeningToItsOwnWindowHearsEmitsToItsLabelOnly() {
        ReceivedEvents mine = this.fixture.client.listen("note", EventTarget.webviewWindow("main"));
        Emitter.emitTo(this.fixture.app(), "other", "note", "not for me");
        Emitter.emitTo(this.fixture.app(), "main", "note", "for me");
        assertThat(mine.next().payload(String.class)).isEqualTo("for me");
        assertThat(mine.all()).hasSize(1);
    }

    @Test
    void aPageListenerTargetIsReadByItsKindAndABareLabelMeansAnyLabel() {
        ReceivedEvents asTheApp = this.fixture.client.listen("note", EventTarget.app());
        Emitter.emitTo(this.fixture.app(), "main", "note", "for main");
        Emitter.emitTo(this.fixture.app(), EventTarget.app(), "note", "for the app");
        assertThat(asTheApp.next().payload(String.class)).isEqualTo("for the app");
        assertThat(asTheApp.all()).hasSize(1);
        Map<String, Object> bare = Map.of("event", "note", "target", "main", "handler", 99);
        assertThat(this.fixture.client.invoke("plugin:event|listen", bare).isOk()).isTrue();
        InvokeError unknown = this.fixture.client.invoke("plugin:event|listen",
                Map.of("event", "note", "target", Map.of("kind", "Secret"), "handler", 3)).error();
        assertThat(unknown.kind()).isEqualTo(InvokeError.Kind.INVALID_ARGUMENTS);
        assertThat(unknown.message()).isEqualTo("command 'plugin:event|listen': invalid argument 'target': "
                + "expected an object (EventTarget) of a known kind, got one of an unknown kind")
            .doesNotContain("Secret");
        InvokeError emitTo = this.fixture.client.invoke("plugin:event|emit_to",
                Map.of("event", "note", "target", Map.of("kind", "Window"))).error();
        assertThat(emitTo.message()).isEqualTo("command 'plugin:event|emit_to': invalid argument 'target': expected an "
                + "EventTarget, {kind} with kind one of [Any, AnyLabel, App, Webview, WebviewWindow, Window] and a 'label' "
                + "for all but Any and App");
    }

    @Test
    void aPageEmitReachesJavaListenersAndPageListeners() throws Exception {
        CompletableFuture<Map<String, Object>> java = new CompletableFuture<>();
        this.fixture.app().listen("saved", (event) -> java.complete(event.payload(new TypeReference<>() { })));
        ReceivedEvents page = this.fixture.client.listen("saved");
        this.fixture.client.emit("saved", Map.of("id", 7));
        assertThat(java.get(5, TimeUnit.SECONDS)).containsEntry("id", 7);
        assertThat(page.next().payload()).isEqualTo("{\"id\":7}");
    }

    @Test
    void thePageEmitWithHeadersSendsThePayloadAsTheBody() throws Exception {
        CompletableFuture<String> java = new CompletableFuture<>();
        this.fixture.app().listen("upload", (event) -> java.complete(event.payload()));
        this.fixture.client.invoke("plugin:event|emit", List.of(1, 2), Map.of("Tauri-Event-Name", "upload")).json();
        assertThat(java.get(5, TimeUnit.SECONDS)).isEqualTo("[1,2]");
    }

    @Test
    void aPageUnlistenAndADisconnectStopDelivery() {
        ReceivedEvents events = this.fixture.client.listen("gone");
        events.unlisten();
        Emitter.emit(this.fixture.app(), "gone", 1);
        ReceivedEvents again = this.fixture.client.listen("gone");
        this.fixture.client.close();
        Emitter.emit(this.fixture.app(), "gone", 2);
        assertThat(events.all()).isEmpty();
        assertThat(again.all()).isEmpty();
    }

    @Test
    void aListenThatEndsAfterItsPageWentAwayLeavesNoListener() throws Exception {
        // The document that called is gone by the time its listen runs (the page reloaded).
        PageConnection reloaded = new PageConnection() {

            @Override
            public String label() {
                return "main";
            }

            @Override
            public @Nullable WebviewWindow window() {
                return null;
            }

            @Override
            public boolean isOpen() {
                return false;
            }

            @Override
            public void deliverEvent(String event, String payloadJson, List<PageListener> listeners) {
            }

            @Override
            public void deliverChannelMessage(long channelId, long index, InvokeBody message) {
            }

            @Override
            public void closeChannel(long channelId, long index) {
            }
        };
        InvokeResponse response = this.fixture.runtime.invoker().invoke(new InvokeRequest("plugin:event|listen",
                InvokeBody.json("{\"event\":\"tauri://close-requested\",\"target\":{\"kind\":\"Window\",\"label\":\"main\"},"
                        + "\"handler\":7}"), Headers.empty(), reloaded)).get(5, TimeUnit.SECONDS);

        assertThat(response).isInstanceOf(InvokeResponse.Ok.class);
        assertThat(this.fixture.runtime.events().pagesListen("tauri://close-requested", (target) -> true))
            .as("a listener left for a page that is gone, holding its window's close").isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
