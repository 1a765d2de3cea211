package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One page spinning for ever must not slow the others: 600 events of 100 KB emitted to every
 * window reach a responsive window whole, in order and in time; memory stays bounded on both
 * sides of the hung page (the JVM's heap, the spinning renderer's); and the app still ends at
 * once, with its code.
 */
class HungPageE2eTests extends WindowedTests {

    private static final long MB = 1024 * 1024;

    @Test
    void aHungPageHoldsUpNoOtherWindowAndNoMoreThanItsShareOfMemory(@TempDir Path dataDir, @TempDir Path flags)
            throws Exception {
        Path exitFile = flags.resolve("exit");
        try (AppProcess app = AppProcess.launch("hung-page", E2eApplication.class, xvfb, dataDir,
                "--tauri.app.windows[0].label=main", "--tauri.app.windows[0].url=flood.html?count=600&size=100000",
                "--tauri.app.windows[1].label=spin", "--tauri.app.windows[1].url=spin.html",
                "--e2e.exit-file=" + exitFile)) {
            JsonNode flooded = app.awaitReport("load", Duration.ofSeconds(120));
            assertThat(flooded.get("name").stringValue()).as("what the page reported: " + flooded).isEqualTo("spinning");
            JsonNode result = app.awaitNamed("load", "flooded", Duration.ofSeconds(120));
            // A renderer that spins uses a whole core: that one is the hung page's.
            Optional<Renderer> spinning = Renderer.busiest(app);
            long heapGrowth = result.get("heapAfter").longValue() - result.get("heapBefore").longValue();
            System.out.printf("[e2e] hung page: 600 x 100 KB events to the responsive window in %d ms (%d events/s; "
                    + "emits took %d ms); heap %d -> %d MB; the spinning renderer's RSS %s; events missed by the "
                    + "responsive window %d%n", Math.round(result.get("millis").doubleValue()), result.get("eventsPerSecond").longValue(),
                    result.get("emitMillis").longValue(), result.get("heapBefore").longValue() / MB,
                    result.get("heapAfter").longValue() / MB,
                    spinning.map((renderer) -> renderer.rssKb() / 1024 + " MB").orElse("unknown"),
                    result.get("missed").intValue());

            assertThat(result.get("received").intValue()).isEqualTo(600);
            assertThat(result.get("inOrder").booleanValue()).as("events whole and in order").isTrue();
            assertThat(result.get("missed").intValue()).as("events the responsive window missed").isZero();
            assertThat(result.get("millis").doubleValue()).as("ms for 600 events to the responsive window")
                .isLessThan(15_000);
            // The hung page's share: 32 MB waiting in Java, beside what the flood itself holds.
            assertThat(heapGrowth).as("heap the hung page holds after the flood").isLessThan(64 * MB);
            assertThat(spinning).as("a renderer spinning").isPresent();
            // 8 MB of scripts may wait in it, beside the page itself.
            assertThat(spinning.get().rssKb()).as("the spinning renderer's RSS, kB").isLessThan(400 * 1024);

            Files.createFile(exitFile);
            long asked = app.awaitReport("exitAsked", Duration.ofSeconds(30)).get("at").longValue();
            app.assertExitsWith(0, "the page asked for exit(0)");
            long exitMillis = System.currentTimeMillis() - asked;
            System.out.printf("[e2e] hung page: the app ended %d ms after exit(0) was asked%n", exitMillis);
            assertThat(exitMillis).as("ms from exit(0) to the process's end").isLessThan(10_000);
            app.assertNoCrashReport();
            app.assertNoSurvivors();
        }
    }

    /** A Chromium renderer of the app, with the CPU time it used over a second and its memory. */
    private record Renderer(long pid, long cpuTicks, long rssKb) {

        static Optional<Renderer> busiest(AppProcess app) throws InterruptedException {
            List<ProcessHandle> renderers = app.descendants().stream().filter(ProcessHandle::isAlive)
                .filter((process) -> commandLine(process.pid()).contains(" --type=renderer"))
                .toList();
            long[] before = renderers.stream().mapToLong((process) -> cpuTicks(process.pid())).toArray();
            Thread.sleep(1000);
            Renderer busiest = null;
            for (int i = 0; i < renderers.size(); i++) {
                long pid = renderers.get(i).pid();
                Renderer renderer = new Renderer(pid, cpuTicks(pid) - before[i], rssKb(pid));
                if (busiest == null || renderer.cpuTicks() > busiest.cpuTicks()) {
                    busiest = renderer;
                }
            }
            // A spinning page uses most of a second, on a machine that may be busy; a tick is 1/100 s.
            return Optional.ofNullable(busiest).filter((renderer) -> renderer.cpuTicks() >= 30);
        }

        /**
         * Read from /proc: the JDK gives no arguments for a command line as long as Chromium's. A
         * process of Chromium's zygote retitles itself: its arguments become one string.
         */
        private static String commandLine(long pid) {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                        StandardCharsets.ISO_8859_1).replace('\0', ' ');
            }
            catch (IOException ex) {
                return "";
            }
        }

        private static long cpuTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime: fields 14 and 15 of the file, 12 and 13 after the command.
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
            catch (IOException | RuntimeException ex) {
                return 0;
            }
        }

        private static long rssKb(long pid) {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter((line) -> line.startsWith("VmRSS:"))
                    .map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .max(Comparator.naturalOrder()).orElse(0L);
            }
            catch (IOException | RuntimeException ex) {
                return 0;
            }
        }
    }
}
