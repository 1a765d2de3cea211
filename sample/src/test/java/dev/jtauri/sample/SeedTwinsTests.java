package dev.jtauri.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.jtauri.AppHandle;
import dev.jtauri.test.autoconfigure.AutoConfigureTauriTestClient;
import dev.jtauri.async.AsyncTools;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.sample.seed.AsyncToolsAccess;
import dev.jtauri.test.InvokeResult;
import dev.jtauri.test.ReceivedEvents;
import dev.jtauri.test.TauriTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One test per snippet of PyTauri's "Async and callbacks" page, run against its Java twin in
 * {@code dev.jtauri.sample.seed}.
 */
@SpringBootTest
@AutoConfigureTauriTestClient
class SeedTwinsTests {

    @Autowired
    TauriTestClient tauri;

    @Autowired
    AppHandle app;

    @Autowired
    AsyncTools asyncTools;

    @Test
    void asyncToolsIsAppStateReachableThroughTheManagerAndByInjection() {
        assertThat(AsyncToolsAccess.accessAsyncToolsViaApi(this.app)).isSameAs(this.asyncTools);
        assertThat(this.tauri.invoke("accessAsyncViaCommandInjection").as(Boolean.class)).isTrue();
    }

    @Test
    void toSyncListenerFeedsTheCommandThatWaitsForTheEvent() {
        CompletableFuture<InvokeResult> received = this.tauri.invokeAsync("receiveFooEvent", InvokeBody.NULL, Map.of());
        // The command registers its listener on the portal; emit until it has heard one.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(() -> {
            this.tauri.emit("foo-event", "from the page");
            return received.isDone();
        });
        assertThat(received.join().as(String.class)).isEqualTo("Received: \"from the page\"");
    }

    @Test
    void toAsyncRunsTheBlockingTaskOnABlockingWorker() {
        assertThat(this.tauri.invoke("runBlockingTask", Map.of("secs", 0.05)).as(String.class))
            .startsWith("tauri-blocking-");
    }

    @Test
    @DirtiesContext // the clock runs until the context closes, which cancels it
    void theBackgroundTaskEmitsTheTimeEverySecond() {
        ReceivedEvents clock = this.tauri.listen("foo-event");
        this.tauri.invoke("startClock").json();
        Instant first = clock.next(Duration.ofSeconds(5)).payload(Instant.class);
        Instant second = clock.next(Duration.ofSeconds(5)).payload(Instant.class);
        assertThat(Duration.between(first, second)).isBetween(Duration.ofMillis(900), Duration.ofMillis(1500));
        assertThat(this.asyncTools.taskGroup().runningCount()).isPositive();
        clock.unlisten();
    }

    @Test
    void aListenerEntersThePortalThroughTheRawPortal() {
        ReceivedEvents visits = this.tauri.listen("visits");
        this.tauri.emit("page-visit", null);
        long first = visits.next().payload(Long.class);
        this.tauri.emit("page-visit", null);
        assertThat(visits.next().payload(Long.class)).isEqualTo(first + 1);
    }
}
