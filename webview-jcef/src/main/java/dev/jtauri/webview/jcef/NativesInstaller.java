package dev.jtauri.webview.jcef;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import me.friwi.jcefmaven.CefAppBuilder;
import me.friwi.jcefmaven.CefBuildInfo;
import me.friwi.jcefmaven.EnumProgress;
import me.friwi.jcefmaven.UnsupportedPlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts CEF's native files where jcefmaven loads them from: a per-user cache directory keyed by
 * the CEF build ({@code ~/.cache/jtauri/jcef/<build>} on Linux), extracted from the natives jar
 * on the classpath on the first run, with progress in the log. A file lock makes concurrent first
 * runs (two apps, two test JVMs) take turns instead of extracting over each other.
 */
final class NativesInstaller {

    private static final Logger logger = LoggerFactory.getLogger(NativesInstaller.class);

    private NativesInstaller() {
    }

    /**
     * The per-user cache directory for jtauri.
     * @return {@code $XDG_CACHE_HOME/jtauri} or {@code ~/.cache/jtauri} on Linux,
     * {@code ~/Library/Caches/jtauri} on macOS, {@code %LOCALAPPDATA%\jtauri\cache} on Windows
     */
    static Path userCacheRoot() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            return ((localAppData != null) ? Path.of(localAppData) : home.resolve("AppData").resolve("Local"))
                .resolve("jtauri").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("jtauri");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return ((xdg != null && !xdg.isBlank()) ? Path.of(xdg) : home.resolve(".cache")).resolve("jtauri");
    }

    /**
     * The install directory of the CEF build on the classpath.
     * @param cacheRoot the cache root
     * @return {@code <cacheRoot>/jcef/<release tag>}
     * @throws IOException when the build info cannot be read
     */
    static Path installDir(Path cacheRoot) throws IOException {
        return cacheRoot.resolve("jcef").resolve(CefBuildInfo.fromClasspath().getReleaseTag());
    }

    /**
     * Install CEF into a directory, unless it is already there, holding a cross-process lock.
     * @param builder the builder to install with
     * @param installDir the directory
     * @throws IOException when extraction fails
     * @throws UnsupportedPlatformException when this OS or CPU has no CEF build
     */
    static void install(CefAppBuilder builder, Path installDir) throws IOException, UnsupportedPlatformException {
        Files.createDirectories(installDir.getParent());
        Path lockFile = installDir.resolveSibling(installDir.getFileName() + ".lock");
        long start = System.nanoTime();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            builder.setInstallDir(installDir.toFile());
            LoggingProgress progress = new LoggingProgress(installDir);
            builder.setProgressHandler(progress);
            builder.install();
            if (progress.extracted) {
                logger.info("CEF installed in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** jcefmaven's progress, in the log: the first run's extraction takes seconds, so say so. */
    private static final class LoggingProgress implements me.friwi.jcefmaven.IProgressHandler {

        private final Path installDir;

        private boolean extracted;

        private int lastPercent = -10;

        LoggingProgress(Path installDir) {
            this.installDir = installDir;
        }

        @Override
        public void handleProgress(EnumProgress state, float percent) {
            switch (state) {
                case DOWNLOADING -> {
                    int rounded = (int) percent;
                    if (rounded >= this.lastPercent + 10) {
                        this.lastPercent = rounded;
                        logger.info("Downloading CEF natives: {}%", rounded);
                    }
                }
                case EXTRACTING -> {
                    this.extracted = true;
                    logger.info("Extracting CEF natives into {} (first run only; this takes a few seconds)",
                            this.installDir);
                }
                case INSTALL -> logger.info("Installing CEF natives");
                default -> logger.debug("CEF {}", state);
            }
        }
    }
}
