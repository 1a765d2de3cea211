package dev.jtauri.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * jtauri's own version, what {@code getTauriVersion()} answers: written into the core jar (and
 * {@code target/classes}) at build time.
 */
public final class JtauriVersion {

    private static final String RESOURCE = "jtauri-version.properties";

    private static final String VERSION = load();

    private JtauriVersion() {
    }

    /**
     * jtauri's version, such as {@code 0.1.0}.
     * @return the version
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = JtauriVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("jtauri's " + RESOURCE + " is missing from its jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
