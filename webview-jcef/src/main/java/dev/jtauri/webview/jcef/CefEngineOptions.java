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
     * user's cache in a directory named after the app.
     * @param appName the app's name, such as {@code com.example.notes}; characters a directory
     * name should not have become {@code _}
     * @return the options
     * @throws java.io.UncheckedIOException when the CEF build info is missing from the classpath
     */
    public static CefEngineOptions defaults(String appName) {
        Path root = NativesInstaller.userCacheRoot();
        try {
            return new CefEngineOptions(NativesInstaller.installDir(root), root.resolve("apps").resolve(directoryName(appName)),
                    List.of());
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("The jcefmaven build info is not on the classpath", ex);
        }
    }

    /** A name that stays one directory below {@code apps}, whatever the app is called. */
    static String directoryName(String appName) {
        String name = appName.replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.isEmpty() || name.equals(".") || name.equals("..")) ? "_" + name : name;
    }
}
