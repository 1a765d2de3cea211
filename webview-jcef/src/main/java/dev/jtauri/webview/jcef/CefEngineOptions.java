package dev.jtauri.webview.jcef;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start CEF: once per process, so the first options win.
 *
 * @param installDir where CEF's natives are (installed there on the first run)
 * @param dataDir CEF's root cache path: profile, cache and cookies of the app
 * @param arguments extra Chromium command-line switches
 */
public record CefEngineOptions(Path installDir, Path dataDir, List<String> arguments) {

    public CefEngineOptions {
        Objects.requireNonNull(installDir, "installDir");
        Objects.requireNonNull(dataDir, "dataDir");
        arguments = List.copyOf(arguments);
    }

    /**
     * The defaults for an app: natives in the user's cache keyed by the CEF build, data in the
     * user's cache keyed by the app's identifier.
     * @param identifier the app's identifier, such as {@code com.example.notes}
     * @return the options
     * @throws java.io.UncheckedIOException when the CEF build info is missing from the classpath
     */
    public static CefEngineOptions defaults(String identifier) {
        Path root = NativesInstaller.userCacheRoot();
        try {
            return new CefEngineOptions(NativesInstaller.installDir(root), root.resolve("apps").resolve(identifier),
                    List.of());
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("The jcefmaven build info is not on the classpath", ex);
        }
    }
}
