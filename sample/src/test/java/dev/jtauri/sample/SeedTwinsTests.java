package dev.jtauri.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.jtauri.AppHandle;
import dev.jtauri.test.autoconfigure.AutoConfigureTauriTestClient;
import dev.jtauri.async.AsyncTools;
import dev.jtauri.async.TaskGroup;
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
    @DirtiesContext // the test closes the app's task group, as the app's exit does
    void theBackgroundTaskEmitsTheTimeUntilTheAppsTaskGroupCloses() {
        ReceivedEvents clock = this.tauri.listen("foo-event");
        TaskGroup group = this.asyncTools.taskGroup();
        assertThat(this.tauri.invoke("startClock").as(Boolean.class)).isTrue();
        assertThat(this.tauri.invoke("startClock").as(Boolean.class)).as("a second clock started").isFalse();
        // The command has returned: what ticks is the task it left in the app's task group.
        assertThat(group.runningCount()).isOne();
        List<Instant> ticks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ticks.add(clock.next(Duration.ofSeconds(10)).payload(Instant.class));
        }
        assertThat(ticks).as("the times, in the order they were emitted").isSorted();

        this.asyncTools.close();

        assertThat(group.isClosed()).isTrue();
        assertThat(group.runningCount()).as("tasks still running once the group closed").isZero();
        // Events reach the client as they are emitted: one the page emits now comes after every tick.
        int heard = clock.all().size();
        this.tauri.emit("foo-event", "after the close");
        assertThat(clock.all()).hasSize(heard + 1).last()
            .satisfies((event) -> assertThat(event.payload(String.class)).isEqualTo("after the close"));
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
