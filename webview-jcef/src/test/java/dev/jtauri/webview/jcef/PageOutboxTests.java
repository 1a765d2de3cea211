package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jtauri.async.TauriExecutors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batches a page gets, recorded instead of run: every message posted arrives once, in the
 * order each sender posted it; a page that falls behind or stops holds a bounded amount on both
 * sides, loses events rather than holding up their emitter, and slows channels for a bounded time.
 */
class PageOutboxTests {

    private static final Pattern MESSAGE = Pattern.compile("\\[(\\d+),(\\d+)\\]");

    // ["m",n] as a batch quotes it.
    private static final Pattern MISSED = Pattern.compile("\\[\\\\\"m\\\\\",(\\d+)\\]");

    private final ExecutorService drainer = TauriExecutors.daemonPool("tauri-webview-io-");

    private final ByteTickets tickets = new ByteTickets();

    private final List<String> scripts = new ArrayList<>();

    @AfterEach
    void stop() {
        this.drainer.shutdownNow();
    }

    @Test
    void messagesFromManySendersArriveOnceEachInEachSendersOrder() throws Exception {
        PageOutbox outbox = new PageOutbox("r&&r", this::record, this.drainer, this.tickets, PageOutbox.Limits.DEFAULT);
        int senders = 4;
        int perSender = 20_000;
        CountDownLatch done = new CountDownLatch(senders);
        for (int sender = 0; sender < senders; sender++) {
            int id = sender;
            new Thread(() -> {
                for (int i = 0; i < perSender; i++) {
                    String message = "[" + id + "," + i + "]";
                    outbox.postWaiting(message.length(), () -> new PageOutbox.Outgoing(message, 0), "sender " + id);
                }
                done.countDown();
            }).start();
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        int[] next = new int[senders];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sum(next) < senders * perSender && System.nanoTime() < deadline) {
            next = new int[senders];
            for (String script : recorded()) {
                assertThat(script).startsWith("r&&r.batch([").matches("(?s).*\\],\\d+\\)");
                Matcher message = MESSAGE.matcher(script);
                while (message.find()) {
                    int sender = Integer.parseInt(message.group(1));
                    assertThat(Integer.parseInt(message.group(2))).as("sender %d's order", sender).isEqualTo(next[sender]);
                    next[sender]++;
                }
            }
            Thread.sleep(10);
        }
        assertThat(next).containsOnly(perSender);
        assertThat(recorded()).as("scripts for %d messages", senders * perSender).hasSizeLessThan(senders * perSender);
    }

    @Test
    void aBatchStaysWithinItsBoundAndALargeMessageGoesAlone() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        PageOutbox outbox = new PageOutbox("r&&r", (script) -> {
            awaitQuietly(hold);
            return record(script);
        }, this.drainer, this.tickets, PageOutbox.Limits.DEFAULT);
        String large = "[\"" + "x".repeat(3 << 20) + "\"]";
        outbox.postAlways(new PageOutbox.Outgoing("[0,0]", 0));
        outbox.postAlways(new PageOutbox.Outgoing(large, 0));
        outbox.postAlways(new PageOutbox.Outgoing("[0,1]", 0));
        hold.countDown();
        awaitScripts(3);
        List<String> scripts = recorded();
        assertThat(scripts).hasSize(3);
        // Only a batch after a megabyte of scripts asks the page for an acknowledgement.
        assertThat(scripts.get(0)).isEqualTo("r&&r.batch([\"[0,0]\"],0)");
        assertThat(scripts.get(1)).isEqualTo("r&&r.batch([" + quoted(large) + "],2)");
        assertThat(scripts.get(2)).isEqualTo("r&&r.batch([\"[0,1]\"],0)");
    }

    @Test
    void aFailedSendDoesNotStopTheMessagesAfterIt() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        PageOutbox outbox = new PageOutbox("r&&r", (script) -> {
            if (script.contains("[0,0]")) {
                failed.countDown();
                throw new IllegalStateException("the browser is gone");
            }
            return record(script);
        }, this.drainer, this.tickets, PageOutbox.Limits.DEFAULT);
        outbox.postEvent("[0,0]");
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        outbox.postEvent("[0,1]");
        awaitScripts(1);
        assertThat(recorded()).containsExactly("r&&r.batch([\"[0,1]\"],0)");
    }

    @Test
    void aChannelSenderWaitsWhileThePageIsBehindAndGoesOnAsItCatchesUp() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        int count = 100;
        Thread sender = sendOnChannel(outbox, count, new AtomicReference<>());
        awaitWaiting(sender);
        int sentChars = recorded().stream().mapToInt(String::length).sum();
        assertThat(sentChars).as("scripts the page holds unacknowledged").isLessThan(200 + 2 * 100);
        long acknowledged = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sender.isAlive() || recorded().size() > acknowledged) {
            assertThat(System.nanoTime()).as("the sender went on as the page caught up").isLessThan(deadline);
            if (recorded().size() > acknowledged) {
                outbox.acknowledge(++acknowledged);
            }
            Thread.sleep(1);
        }
        String all = String.join("", recorded());
        for (int i = 0; i < count; i++) {
            assertThat(all.indexOf(quoted(message(i)))).as("message %d sent once, in order", i)
                .isGreaterThan((i > 0) ? all.indexOf(quoted(message(i - 1))) : -1)
                .isEqualTo(all.lastIndexOf(quoted(message(i))));
        }
    }

    @Test
    void aPageThatNeverAcknowledgesGetsNoMoreAndAChannelSenderFailsClearlyAfterTheTimeout() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofMillis(200));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread sender = sendOnChannel(outbox, 100, failure);
        sender.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(sender.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("the page took no message for 200 ms");
        String sent = String.join("", recorded());
        assertThat(sent.length()).as("scripts the stuck page was sent").isLessThan(200 + 2 * 100);
        assertThat(sent).doesNotContain(quoted(message(99)));
    }

    @Test
    void eventsToAPageThatStoppedAreDroppedAndCountedWithoutWaitingAndItIsToldOnceItCatchesUp() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        long start = System.nanoTime();
        int posted = 0;
        for (int i = 0; i < 100; i++) {
            posted += outbox.postEvent(message(i)) ? 1 : 0;
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("100 emits to a stuck page")
            .isLessThan(Duration.ofSeconds(5));
        assertThat(posted).as("events queued for the stuck page").isBetween(1, 20);
        assertThat(outbox.missedEvents()).isPositive();
        awaitScripts(1);
        // The page catches up: it acknowledges what it is sent until nothing more comes.
        int seen = -1;
        while (recorded().size() != seen) {
            seen = recorded().size();
            outbox.acknowledge(Long.MAX_VALUE);
            Thread.sleep(50);
        }
        assertThat(outbox.postEvent(message(100))).isTrue();
        awaitText(quoted(message(100)));
        String all = String.join("", recorded());
        Matcher told = MISSED.matcher(all);
        long missed = 0;
        int lastTold = -1;
        while (told.find()) {
            missed += Long.parseLong(told.group(1));
            lastTold = told.start();
        }
        assertThat(missed).as("events the page was told it missed").isEqualTo(100 - posted);
        assertThat(lastTold).isLessThan(all.indexOf(quoted(message(100))));
        assertThat(outbox.missedEvents()).isZero();
    }

    @Test
    void bytesOnTheirWayCountUntilThePageAcknowledgesThemAndAPageThatTakesNoneIsSentNoMore() throws Exception {
        PageOutbox outbox = new PageOutbox("r&&r", this::record, this.drainer, this.tickets,
                new PageOutbox.Limits(100, 50, 2000, 100_000, Duration.ofSeconds(30)));
        // Eight messages of 800 bytes each, in tickets: the page may hold two and a half of them.
        for (int i = 0; i < 8; i++) {
            String text = "[\"c\",1," + i + ",\"t\",\"" + this.tickets.issue(new byte[800]) + "\"]";
            outbox.postWaiting(text.length() + 800, () -> new PageOutbox.Outgoing(text, 800), "message " + i);
        }
        awaitScripts(1);
        Thread.sleep(200);
        assertThat(recorded()).as("batches sent before the page acknowledged any").hasSize(2);
        assertThat(outbox.inFlightChars()).isLessThanOrEqualTo(2000);
        // The page says the bytes of the first two arrived: two more go.
        outbox.acknowledge(2);
        awaitScripts(4);
        Thread.sleep(200);
        assertThat(recorded()).hasSize(4);
    }

    @Test
    void aNewPageDropsWhatWaitedForTheOldOneTicketsIncluded() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        this.tickets.issue(new byte[100]);
        Thread sender = sendOnChannel(outbox, 100, new AtomicReference<>());
        awaitWaiting(sender);
        outbox.pageChanged();
        assertThat(this.tickets.outstandingBytes()).isZero();
        assertThat(this.tickets.size()).isZero();
        // The new page acknowledges what it is sent: the sender goes on.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sender.isAlive() && System.nanoTime() < deadline) {
            outbox.acknowledge(Long.MAX_VALUE);
            Thread.sleep(1);
        }
        assertThat(sender.isAlive()).isFalse();
    }

    @Test
    void closingTheWindowReleasesAWaitingSender() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread sender = sendOnChannel(outbox, 100, failure);
        awaitWaiting(sender);
        outbox.close();
        sender.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(sender.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    @Test
    void anAnswerToThePagesOwnCallNeverWaitsForRoom() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        Thread sender = sendOnChannel(outbox, 100, new AtomicReference<>());
        awaitWaiting(sender);
        Thread replier = new Thread(() -> outbox.postAlways(new PageOutbox.Outgoing("[\"a\",1,1,\"j\",1]", 0)));
        replier.start();
        replier.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(replier.isAlive()).as("an answer waiting for room").isFalse();
        outbox.close();
        sender.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Test
    @Timeout(10)
    void aScriptThatReachedNoPageIsNotWaitedFor() throws Exception {
        PageOutbox outbox = new PageOutbox("r&&r", (script) -> false, this.drainer, this.tickets,
                new PageOutbox.Limits(100, 50, 200, 300, Duration.ofSeconds(30)));
        for (int i = 0; i < 50; i++) {
            outbox.postWaiting(50, () -> new PageOutbox.Outgoing(message(0), 0), "a sender");
        }
        // Every batch was dropped with its browser, none is held as in flight: no sender waits.
    }

    /** An outbox that fills after a few 50-character messages, recording what it sends. */
    private PageOutbox smallOutbox(Duration sendTimeout) {
        return new PageOutbox("r&&r", this::record, this.drainer, this.tickets,
                new PageOutbox.Limits(100, 50, 200, 300, sendTimeout));
    }

    /** Posts channel messages 0 to count - 1 from a thread of its own, started. */
    private static Thread sendOnChannel(PageOutbox outbox, int count, AtomicReference<Throwable> failure) {
        Thread sender = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    String message = message(i);
                    outbox.postWaiting(message.length(), () -> new PageOutbox.Outgoing(message, 0), "message " + i);
                }
            }
            catch (RuntimeException ex) {
                failure.set(ex);
            }
        });
        sender.start();
        return sender;
    }

    /** A message as its batch carries it. */
    private static String quoted(String message) {
        StringBuilder out = new StringBuilder();
        JsString.appendQuoted(out, message);
        return out.toString();
    }

    /** A message of 50 characters. */
    private static String message(int i) {
        String head = "[" + i + ",\"";
        return head + "m".repeat(50 - head.length() - 2) + "\"]";
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).as("the sender waits for room").isEqualTo(Thread.State.TIMED_WAITING);
    }

    private synchronized boolean record(String script) {
        this.scripts.add(script);
        return true;
    }

    private synchronized List<String> recorded() {
        return new ArrayList<>(this.scripts);
    }

    private void awaitScripts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (recorded().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private void awaitText(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!String.join("", recorded()).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(String.join("", recorded())).contains(text);
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
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
