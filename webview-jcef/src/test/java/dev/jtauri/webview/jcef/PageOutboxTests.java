package dev.jtauri.webview.jcef;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jtauri.async.TauriExecutors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batches a page gets, recorded instead of run: every message posted arrives once, in the
 * order each sender posted it.
 */
class PageOutboxTests {

    private static final Pattern MESSAGE = Pattern.compile("\\[(\\d+),(\\d+)\\]");

    private final ExecutorService drainer = TauriExecutors.daemonPool("tauri-webview-io-");

    private final List<String> scripts = new ArrayList<>();

    @AfterEach
    void stop() {
        this.drainer.shutdownNow();
    }

    @Test
    void messagesFromManySendersArriveOnceEachInEachSendersOrder() throws Exception {
        PageOutbox outbox = new PageOutbox("r&&r", this::record, this.drainer, PageOutbox.Limits.DEFAULT);
        int senders = 4;
        int perSender = 20_000;
        CountDownLatch done = new CountDownLatch(senders);
        for (int sender = 0; sender < senders; sender++) {
            int id = sender;
            new Thread(() -> {
                for (int i = 0; i < perSender; i++) {
                    outbox.post("[" + id + "," + i + "]");
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
            record(script);
        }, this.drainer, PageOutbox.Limits.DEFAULT);
        String large = "[\"" + "x".repeat(3 << 20) + "\"]";
        outbox.post("[0,0]");
        outbox.post(large);
        outbox.post("[0,1]");
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
            record(script);
        }, this.drainer, PageOutbox.Limits.DEFAULT);
        outbox.post("[0,0]");
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        outbox.post("[0,1]");
        awaitScripts(1);
        assertThat(recorded()).containsExactly("r&&r.batch([\"[0,1]\"],0)");
    }

    @Test
    void aSenderWaitsWhileThePageIsBehindAndGoesOnAsItCatchesUp() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        int count = 100;
        Thread sender = send(outbox, count);
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
    void aPageThatNeverAcknowledgesSlowsTheSenderButDoesNotStopIt() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofMillis(50));
        Thread sender = send(outbox, 100);
        sender.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(sender.isAlive()).isFalse();
        awaitScripts(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!String.join("", recorded()).contains(quoted(message(99))) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(String.join("", recorded())).contains(quoted(message(99)));
    }

    @Test
    void closingTheWindowReleasesAWaitingSender() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        Thread sender = send(outbox, 100);
        awaitWaiting(sender);
        outbox.close();
        sender.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(sender.isAlive()).isFalse();
    }

    @Test
    void anAnswerToThePagesOwnCallNeverWaitsForRoom() throws Exception {
        PageOutbox outbox = smallOutbox(Duration.ofSeconds(30));
        Thread sender = send(outbox, 100);
        awaitWaiting(sender);
        Thread replier = new Thread(() -> outbox.postReply("[\"a\",1,1,\"j\",1]"));
        replier.start();
        replier.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(replier.isAlive()).as("an answer waiting for room").isFalse();
        outbox.close();
        sender.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** An outbox that fills after a few 50-character messages, recording what it sends. */
    private PageOutbox smallOutbox(Duration ackTimeout) {
        return new PageOutbox("r&&r", this::record, this.drainer, new PageOutbox.Limits(100, 50, 200, 300, ackTimeout));
    }

    /** Posts messages 0 to count - 1 from a thread of its own, started. */
    private static Thread send(PageOutbox outbox, int count) {
        Thread sender = new Thread(() -> {
            for (int i = 0; i < count; i++) {
                outbox.post(message(i));
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
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).as("the sender waits for room").isEqualTo(Thread.State.WAITING);
    }

    private synchronized void record(String script) {
        this.scripts.add(script);
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
