package dev.jtauri.resources;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriCommand;
import dev.jtauri.image.ImagePluginCommands;
import dev.jtauri.test.TauriTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page's resources: what a command adds to its caller's table, {@code Resource.close()} of
 * {@code @tauri-apps/api/core}, and the table's end with its page.
 */
class ResourcesTests {

    private static final Map<String, Object> ONE_PIXEL = Map.of("rgba", List.of(1, 2, 3, 4), "width", 1, "height", 1);

    private final Counters counters = new Counters();

    private final RuntimeFixture fixture = RuntimeFixture.start(
            (builder) -> builder.plugins(List.of(ImagePluginCommands.plugin(), ResourcesPluginCommands.plugin())),
            this.counters);

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void commandWithAResourceTableParameterShouldGetItsCallersTable() {
        int rid = this.fixture.client.invoke("open_counter").as(Integer.class);

        assertThat(this.fixture.client.invoke("count", Map.of("rid", rid)).as(Integer.class)).isEqualTo(1);
        assertThat(this.fixture.client.invoke("count", Map.of("rid", rid)).as(Integer.class)).isEqualTo(2);
        assertThat(this.fixture.runtime.resources("main").orElseThrow().get(rid, Counter.class).count.get())
            .isEqualTo(2);
    }

    @Test
    void closeShouldCloseTheResource() {
        int rid = this.fixture.client.invoke("open_counter").as(Integer.class);

        assertThat(this.fixture.client.invoke("plugin:resources|close", Map.of("rid", rid)).isOk()).isTrue();

        assertThat(this.counters.closed).hasValue(1);
        assertThat(this.fixture.client.invoke("count", Map.of("rid", rid)).error().message())
            .isEqualTo("no resource with id " + rid);
    }

    @Test
    void closeOfAnUnknownIdShouldRejectNamingIt() {
        assertThat(this.fixture.client.invoke("plugin:resources|close", Map.of("rid", 123456789)).error().message())
            .isEqualTo("no resource with id 123456789");
    }

    @Test
    void pageShouldNotReachAnotherPagesResources() {
        int rid = this.fixture.client.invoke("plugin:image|new", ONE_PIXEL).as(Integer.class);

        try (TauriTestClient other = TauriTestClient.connect(this.fixture.runtime, "other")
            .timeout(Duration.ofSeconds(5))) {
            assertThat(other.invoke("plugin:image|size", Map.of("rid", rid)).error().message())
                .isEqualTo("no resource with id " + rid);
            assertThat(other.invoke("plugin:resources|close", Map.of("rid", rid)).error().message())
                .isEqualTo("no resource with id " + rid);
        }
        assertThat(this.fixture.client.invoke("plugin:image|size", Map.of("rid", rid)).isOk()).isTrue();
    }

    @Test
    void disconnectShouldCloseThePagesResources() {
        TauriTestClient other = TauriTestClient.connect(this.fixture.runtime, "other").timeout(Duration.ofSeconds(5));
        int counter = other.invoke("open_counter").as(Integer.class);
        int image = other.invoke("plugin:image|new", ONE_PIXEL).as(Integer.class);

        other.close();

        assertThat(this.counters.closed).hasValue(1);
        assertThat(this.fixture.runtime.resources("other")).isEmpty();
        assertThat(this.fixture.runtime.resources("main")).isPresent();
        try (TauriTestClient reloaded = TauriTestClient.connect(this.fixture.runtime, "other")
            .timeout(Duration.ofSeconds(5))) {
            assertThat(reloaded.invoke("plugin:image|size", Map.of("rid", image)).error().message())
                .isEqualTo("no resource with id " + image);
            assertThat(reloaded.invoke("count", Map.of("rid", counter)).error().message())
                .isEqualTo("no resource with id " + counter);
        }
    }

    @Test
    void defaultPermissionsShouldBeTaurisCoreResourcesDefault() {
        assertThat(ResourcesPluginCommands.plugin().defaults()).containsExactly("close");
    }

    static final class Counters {

        final AtomicInteger closed = new AtomicInteger();

        @TauriCommand("open_counter")
        int open(ResourceTable resources) {
            return resources.add(new Counter(this.closed));
        }

        @TauriCommand
        int count(ResourceTable resources, int rid) {
            return resources.get(rid, Counter.class).count.incrementAndGet();
        }
    }

    static final class Counter implements AutoCloseable {

        final AtomicInteger count = new AtomicInteger();

        private final AtomicInteger closed;

        Counter(AtomicInteger closed) {
            this.closed = closed;
        }

        @Override
        public void close() {
            this.closed.incrementAndGet();
        }
    }
}
