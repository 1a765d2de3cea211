package dev.jtauri.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import dev.jtauri.InvokeException;
import dev.jtauri.LogCapture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResourceTableTests {

    private final ResourceTable table = new ResourceTable();

    @Test
    void addShouldGiveDistinctPositiveIdsThatFindTheResource() {
        int first = this.table.add("first");
        int second = this.table.add("second");

        assertThat(first).isPositive();
        assertThat(second).isPositive().isNotEqualTo(first);
        assertThat(this.table.get(first, String.class)).isEqualTo("first");
        assertThat(this.table.get(second, CharSequence.class)).isEqualTo("second");
    }

    @Test
    void idsShouldBeUniqueAcrossTables() {
        int inThisTable = this.table.add("a");
        int inAnother = new ResourceTable().add("b");

        assertThat(inAnother).isNotEqualTo(inThisTable);
        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(inAnother, String.class))
            .withMessage("no resource with id " + inAnother);
    }

    @Test
    void getWhenAbsentShouldFailNamingTheId() {
        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(7, String.class))
            .withMessage("no resource with id 7");
    }

    @Test
    void getWhenOfAnotherTypeShouldFailNamingTheIdAndType() {
        int rid = this.table.add(42);

        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(rid, String.class))
            .withMessage("resource id " + rid + " is not a String");
        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(rid, AutoCloseable.class))
            .withMessage("resource id " + rid + " is not an AutoCloseable");
        assertThat(this.table.get(rid, Integer.class)).isEqualTo(42);
    }

    @Test
    void closeShouldRemoveAndCloseAnAutoCloseable() {
        Closeable resource = new Closeable();
        int rid = this.table.add(resource);

        assertThat(this.table.close(rid)).isTrue();

        assertThat(resource.closes.get()).isEqualTo(1);
        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(rid, Closeable.class))
            .withMessage("no resource with id " + rid);
        assertThat(this.table.close(rid)).isFalse();
    }

    @Test
    void closeWhenClosingFailsShouldLogAndStillRemove() {
        int rid = this.table.add((AutoCloseable) () -> {
            throw new IllegalStateException("stuck");
        });

        try (LogCapture log = new LogCapture(ResourceTable.class)) {
            assertThat(this.table.close(rid)).isTrue();

            assertThat(log.at(Level.WARN)).singleElement()
                .satisfies((event) -> assertThat(event.getFormattedMessage()).startsWith("Resource " + rid))
                .satisfies((event) -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("stuck"));
        }
        assertThat(this.table.close(rid)).isFalse();
    }

    @Test
    void closeAllShouldCloseEveryResourceOnce() {
        Closeable one = new Closeable();
        Closeable two = new Closeable();
        int rid = this.table.add(one);
        this.table.add(two);
        this.table.add("not closeable");

        this.table.closeAll();
        this.table.closeAll();

        assertThat(one.closes.get()).isEqualTo(1);
        assertThat(two.closes.get()).isEqualTo(1);
        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.get(rid, Closeable.class));
    }

    @Test
    void addAfterCloseAllShouldCloseTheResourceAndFail() {
        this.table.closeAll();
        Closeable late = new Closeable();

        assertThatExceptionOfType(InvokeException.class).isThrownBy(() -> this.table.add(late))
            .withMessage("the page has disconnected: its resources are closed");
        assertThat(late.closes.get()).isEqualTo(1);
    }

    @Test
    void concurrentAddsShouldEachGetTheirOwnId() throws Exception {
        int threads = 8;
        int perThread = 500;
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                adders.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        Integer value = i;
                        int rid = this.table.add(value);
                        ids.add(rid);
                        assertThat(this.table.get(rid, Integer.class)).isSameAs(value);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> adder : adders) {
                adder.get();
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(ids).hasSize(threads * perThread);
        assertThat(ids).allSatisfy((rid) -> assertThat(this.table.close(rid)).isTrue());
    }

    @Test
    void concurrentClosesShouldCloseTheResourceOnce() throws Exception {
        Closeable resource = new Closeable();
        int rid = this.table.add(resource);
        CountDownLatch start = new CountDownLatch(1);
        List<Runnable> closers = List.of(() -> this.table.close(rid), this.table::closeAll,
                () -> this.table.close(rid), this.table::closeAll);
        ExecutorService executor = Executors.newFixedThreadPool(closers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable closer : closers) {
                running.add(executor.submit(() -> {
                    start.await();
                    closer.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> closer : running) {
                closer.get();
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(resource.closes.get()).isEqualTo(1);
    }

    static final class Closeable implements AutoCloseable {

        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            this.closes.incrementAndGet();
        }
    }
}
