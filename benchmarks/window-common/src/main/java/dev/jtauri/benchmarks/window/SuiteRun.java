package dev.jtauri.benchmarks.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an app of the window suite needs besides its transport: the pattern of bytes the page
 * checks, the process tree's memory, and where the page's results go ({@code BENCH_OUT}).
 */
public final class SuiteRun {

    private SuiteRun() {
    }

    /**
     * The bytes the page expects: byte i is {@code (i * 31 + 7) & 0xff}.
     * @param size how many
     * @return the bytes
     */
    public static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    /**
     * The proportional set size of this process and every process it started (Chromium's), the
     * memory the app costs the machine, shared pages split among their users.
     * @return kB, or -1 where {@code /proc/<pid>/smaps_rollup} is not readable
     */
    public static long processTreePssKb() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(ProcessHandle.current());
        try (Stream<ProcessHandle> descendants = ProcessHandle.current().descendants()) {
            descendants.forEach(tree::add);
        }
        long total = 0;
        for (ProcessHandle process : tree) {
            long pss = pssKb(process.pid());
            if (pss < 0 && process.isAlive() && process.pid() == ProcessHandle.current().pid()) {
                return -1;
            }
            total += Math.max(pss, 0);
        }
        return total;
    }

    private static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }
        catch (IOException | RuntimeException ex) {
            // The process ended meanwhile, or this system has no smaps_rollup.
            return -1;
        }
    }

    /**
     * Write the page's results where the runner reads them ({@code BENCH_OUT}), or print them.
     * @param json the results, as the page sent them
     */
    public static void writeResults(String json) {
        String out = System.getenv("BENCH_OUT");
        if (out == null) {
            System.out.println(json);
            return;
        }
        try {
            Files.writeString(Path.of(out), json, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
