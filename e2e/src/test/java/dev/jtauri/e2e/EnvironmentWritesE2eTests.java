package dev.jtauri.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crashed apps at startup, now and then ({@code SIGSEGV} in {@code getenv} on a CEF
 * thread): AWT and Chromium add variables to the environment while other threads read it, and
 * glibc moves the environment array to add one, freeing the old array under its readers. A
 * library loaded into the app ({@code src/test/c/env_writes.c}, built here with gcc) reports
 * every environment write; in a whole run of the app, none may move the array. This holds on
 * every run, where the crash itself needs an unlucky one.
 */
@EnabledOnOs(OS.LINUX)
class EnvironmentWritesE2eTests extends WindowedTests {

    private static final Pattern WRITE = Pattern.compile("ENVWRITE pid=(\\d+) call=(\\w+) name=(\\S+) moved=([01])");

    @Test
    void noEnvironmentWriteOfTheAppMovesTheEnvironment(@TempDir Path dataDir) throws Exception {
        Path library = compile(dataDir.resolve("libenvwrites.so"));
        try (AppProcess app = AppProcess.launch("environment-writes", E2eApplication.class, xvfb,
                Map.of("LD_PRELOAD", library.toString()),
                List.of("--tauri.webview.data-dir=" + dataDir.resolve("profile"), "--tauri.app.windows[0].url=exit.html?how=exit"))) {
            app.awaitReport("firstIpc", Duration.ofSeconds(120));
            app.assertExitsWith(3, "AppHandle.exit from the page");
            List<Matcher> appWrites = app.logText().lines()
                .map(WRITE::matcher)
                .filter((write) -> write.find() && Long.parseLong(write.group(1)) == app.pid())
                .toList();
            // The writes that used to move it: AWT's as it loads, Chromium's as it starts.
            assertThat(appWrites).extracting((write) -> write.group(3))
                .contains("GDK_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "FC_FONTATIONS");
            assertThat(appWrites).as("environment writes that moved the environment array")
                .filteredOn((write) -> write.group(4).equals("1"))
                .extracting((write) -> write.group(2) + " " + write.group(3))
                .isEmpty();
            app.assertNoSurvivors();
        }
    }

    private static Path compile(Path library) throws IOException, InterruptedException {
        Path source = Path.of("src", "test", "c", "env_writes.c").toAbsolutePath();
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O1", "-o", library.toString(), source.toString(),
                "-ldl")
            .redirectErrorStream(true)
            .start();
        String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gcc.exitValue()).as("gcc: %s", output).isZero();
        assertThat(Files.isRegularFile(library)).isTrue();
        return library;
    }
}
