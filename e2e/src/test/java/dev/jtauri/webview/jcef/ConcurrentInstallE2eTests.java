package dev.jtauri.webview.jcef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import me.friwi.jcefmaven.CefAppBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two apps starting for the first time at once, as two JVMs: one extracts CEF's natives, the
 * other waits for it and finds them installed; neither corrupts the directory.
 */
class ConcurrentInstallE2eTests {

    /** A JVM that installs CEF into the directory given as its argument, and nothing else. */
    public static void main(String[] args) throws Exception {
        NativesInstaller.install(new CefAppBuilder(), Path.of(args[0]));
    }

    @Test
    void concurrentFirstRunsTakeTurnsAndInstallOnce(@TempDir Path cache) throws Exception {
        Path installDir = cache.resolve("jcef").resolve("build");
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path log = cache.resolve("install-" + i + ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ConcurrentInstallE2eTests.class.getName(), installDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start());
        }
        try {
            for (Process process : processes) {
                assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).isZero();
            }
        }
        finally {
            // Whatever the assertions said, leave no installer running.
            processes.forEach(Process::destroyForcibly);
        }
        long extractions = 0;
        for (Path log : logs) {
            extractions += Files.readAllLines(log).stream().filter((line) -> line.contains("Extracting CEF natives")).count();
        }
        assertThat(extractions).as("runs that extracted").isEqualTo(1);
        assertThat(installDir.resolve("install.lock")).exists();
        assertThat(installDir.resolve("libjcef.so")).isNotEmptyFile();
        assertThat(fileCount(installDir)).isGreaterThan(10);
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
