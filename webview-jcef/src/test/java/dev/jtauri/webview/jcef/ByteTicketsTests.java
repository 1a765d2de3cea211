package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteTicketsTests {

    private final ByteTickets tickets = new ByteTickets();

    @Test
    void aTicketNamesItsByteCountAndIsRandom() {
        String first = this.tickets.issue(new byte[70_000]);
        String second = this.tickets.issue(new byte[70_000]);
        assertThat(first).matches("[0-9a-f]{32}:70000");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aWholeTakeServesEveryByteOnce() {
        byte[] bytes = new byte[10];
        String ticket = ticketOf(this.tickets.issue(bytes));
        assertThat(this.tickets.take(ticket)).isEqualTo(new ByteTickets.Range(bytes, 0, 10));
        assertThat(this.tickets.take(ticket)).isNull();
        assertThat(this.tickets.take(ticket, 0, 5)).isNull();
        assertThat(this.tickets.size()).isZero();
    }

    @Test
    void rangesServeTheBytesWithoutACopyAndTheTicketEndsWithTheLast() {
        byte[] bytes = new byte[10];
        String ticket = ticketOf(this.tickets.issue(bytes));
        ByteTickets.Range last = this.tickets.take(ticket, 6, 10);
        assertThat(last).isEqualTo(new ByteTickets.Range(bytes, 6, 10));
        assertThat(last.bytes()).isSameAs(bytes);
        assertThat(this.tickets.take(ticket, 0, 3)).isEqualTo(new ByteTickets.Range(bytes, 0, 3));
        assertThat(this.tickets.size()).isOne();
        assertThat(this.tickets.take(ticket, 3, 6)).isEqualTo(new ByteTickets.Range(bytes, 3, 6));
        assertThat(this.tickets.size()).as("every byte served").isZero();
        assertThat(this.tickets.take(ticket, 0, 3)).isNull();
    }

    @Test
    void aTicketServesNoMoreBytesThanItHoldsWhateverTheRanges() {
        byte[] bytes = new byte[10];
        String ticket = ticketOf(this.tickets.issue(bytes));
        assertThat(this.tickets.take(ticket, 0, 6)).isNotNull();
        assertThat(this.tickets.take(ticket, 0, 6)).as("6 more bytes do not fit in the 4 left").isNull();
        assertThat(this.tickets.take(ticket, 6, 10)).as("the refused range counted").isNull();
        assertThat(this.tickets.size()).isZero();
        String other = ticketOf(this.tickets.issue(bytes));
        assertThat(this.tickets.take(other, 0, 9)).isNotNull();
        assertThat(this.tickets.take(other, 0, 9)).isNull();
        assertThat(this.tickets.take(other, 9, 10)).isNull();
    }

    @Test
    void aTicketPartlyServedInRangesDoesNotServeItsWholeBytesToo() {
        String ticket = ticketOf(this.tickets.issue(new byte[10]));
        assertThat(this.tickets.take(ticket, 0, 5)).isNotNull();
        assertThat(this.tickets.take(ticket)).isNull();
        assertThat(this.tickets.take(ticket, 5, 10)).as("the whole take ended the ticket").isNull();
        assertThat(this.tickets.size()).isZero();
    }

    @Test
    void rangesOutsideTheBytesOrEmptyAreRefusedAndCostNothing() {
        byte[] bytes = new byte[10];
        String ticket = ticketOf(this.tickets.issue(bytes));
        assertThat(this.tickets.take(ticket, -1, 5)).isNull();
        assertThat(this.tickets.take(ticket, 5, 11)).isNull();
        assertThat(this.tickets.take(ticket, 5, 5)).isNull();
        assertThat(this.tickets.take(ticket, 6, 5)).isNull();
        assertThat(this.tickets.take("unknown", 0, 5)).isNull();
        assertThat(this.tickets.take(ticket, 0, 10)).isEqualTo(new ByteTickets.Range(bytes, 0, 10));
    }

    @Test
    void rangesTakenAtOnceFromManyThreadsServeEachByteOnce() throws Exception {
        int size = 1 << 20;
        int step = 1 << 14;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                String ticket = ticketOf(this.tickets.issue(new byte[size]));
                List<CompletableFuture<ByteTickets.Range>> takes = new ArrayList<>();
                // Every range twice, and in odd rounds ranges that straddle them too: no more
                // bytes are served than the ticket holds, and all of them when ranges tile it.
                boolean straddling = round % 2 == 1;
                for (int from = 0; from < 2 * size; from += step) {
                    int start = from % size;
                    takes.add(CompletableFuture.supplyAsync(() -> this.tickets.take(ticket, start, start + step),
                            threads));
                    if (straddling) {
                        int end = Math.min(size, start + step + step / 2);
                        takes.add(CompletableFuture.supplyAsync(() -> this.tickets.take(ticket, start, end), threads));
                    }
                }
                long served = takes.stream()
                    .map(CompletableFuture::join)
                    .filter((range) -> range != null)
                    .mapToLong((range) -> range.to() - range.from())
                    .sum();
                if (straddling) {
                    assertThat(served).isLessThanOrEqualTo(size);
                }
                else {
                    assertThat(served).isEqualTo(size);
                }
                assertThat(this.tickets.size()).isZero();
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTicketNeverFetchedIsDroppedWhenItExpiresThoughNoOtherIsIssued() throws InterruptedException {
        ByteTickets shortLived = new ByteTickets(Duration.ofMillis(50));
        String ticket = ticketOf(shortLived.issue(new byte[10]));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (shortLived.size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(shortLived.size()).isZero();
        assertThat(shortLived.take(ticket)).isNull();
    }

    private static String ticketOf(String issued) {
        return issued.substring(0, issued.indexOf(':'));
    }
}
