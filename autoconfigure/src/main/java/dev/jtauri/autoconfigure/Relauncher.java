package dev.jtauri.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the app again with this process's command line, for {@code AppHandle.restart()}. Called
 * once the app has ended (windows closed, CEF disposed), so the new process finds CEF's profile
 * free; it outlives this one.
 */
final class Relauncher {

    private static final Logger logger = LoggerFactory.getLogger(Relauncher.class);

    private Relauncher() {
    }

    static void relaunch() {
        List<String> commandLine = commandLine();
        if (commandLine.isEmpty()) {
            logger.error("The app cannot restart: the system does not tell this process's command line");
            return;
        }
        try {
            Process process = new ProcessBuilder(commandLine).inheritIO().start();
            logger.info("Restarted the app as process {}", process.pid());
        }
        catch (IOException ex) {
            logger.error("The app could not restart", ex);
        }
    }

    /**
     * This process's command line. On Linux from {@code /proc/self/cmdline}, whole: the JDK's
     * {@code ProcessHandle.Info} reads only its first 4096 bytes there, and a Java command line
     * with its class path is often longer.
     */
    static List<String> commandLine() {
        Path proc = Path.of("/proc/self/cmdline");
        if (Files.isReadable(proc)) {
            try {
                String all = Files.readString(proc, StandardCharsets.UTF_8);
                List<String> parts = new ArrayList<>(List.of(all.split("\u0000")));
                parts.removeIf(String::isEmpty);
                return parts;
            }
            catch (IOException ex) {
                logger.debug("Could not read {}", proc, ex);
            }
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return List.of();
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command.get());
        commandLine.addAll(List.of(arguments.get()));
        return commandLine;
    }
}
