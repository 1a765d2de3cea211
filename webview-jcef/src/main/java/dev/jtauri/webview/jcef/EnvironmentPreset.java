package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts into the process environment, before CEF starts, the variables that AWT and Chromium
 * write into it while other threads run, with the values they write.
 *
 * <p>On Linux, glibc's {@code setenv} of a variable that is not there yet reallocates the
 * environment array and frees the old one, while any other thread may be walking it in
 * {@code getenv}. In this process AWT adds {@code GDK_BACKEND} as it loads, and Chromium adds
 * {@code DBUS_SESSION_BUS_ADDRESS} as it initializes and {@code FC_FONTATIONS} from a font
 * worker while its D-Bus thread reads the environment: the JVM then dies of a {@code SIGSEGV} in
 * {@code getenv}, now and then, at startup. With the variables already present, those calls
 * only replace a value in place and nothing is freed.
 *
 * <p>The preset array is published with one pointer store and never freed, so a thread reading
 * the old array meanwhile stays safe. Java's own view of the environment ({@link System#getenv})
 * is taken before and keeps what the app was started with; a child process started without an
 * environment of its own inherits the preset values, as it did the ones AWT and Chromium wrote.
 */
final class EnvironmentPreset {

    /** What is added when absent: the values AWT and Chromium would write themselves. */
    static final Map<String, String> VARIABLES = Map.of(
            // AWT's X11 toolkit, as it loads.
            "GDK_BACKEND", "x11",
            // Chromium, when there is no session bus, so that it never autolaunches one.
            "DBUS_SESSION_BUS_ADDRESS", "disabled:",
            // Chromium's font code, from a worker thread.
            "FC_FONTATIONS", "1");

    private static final Logger logger = LoggerFactory.getLogger(EnvironmentPreset.class);

    private static boolean applied;

    private EnvironmentPreset() {
    }

    /**
     * Load the native access {@link #apply()} needs, on a thread of its own, so that it is ready
     * (or nearly) when the preset is made. Changes nothing.
     */
    static void prepare() {
        if (!onLinux()) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                NativeLibrary.getProcess();
            }
            catch (RuntimeException | LinkageError ex) {
                logger.debug("Native access not loaded ahead: {}", ex.toString());
            }
        }, "tauri-cef-prepare");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Add the missing variables, once per process, on Linux; elsewhere nothing to do. Call it
     * before anything starts CEF or loads AWT, and before the app's own code runs.
     */
    static synchronized void apply() {
        if (applied || !onLinux()) {
            return;
        }
        applied = true;
        // Java's snapshot of the environment is taken at its first use: take it now, unchanged.
        System.getenv();
        long start = System.nanoTime();
        try {
            Pointer environ = NativeLibrary.getProcess().getGlobalVariableAddress("environ");
            List<String> added = publishWith(environ);
            logger.debug("Environment preset for CEF in {} ms: added {}", (System.nanoTime() - start) / 1_000_000, added);
        }
        catch (RuntimeException | LinkageError ex) {
            logger.warn("Could not preset the environment for CEF ({}); a crash in getenv at startup stays possible",
                    ex.toString());
        }
    }

    /** os.name first: JNA's own check loads native code, for nothing off Linux. */
    private static boolean onLinux() {
        return System.getProperty("os.name", "").startsWith("Linux") && Platform.isLinux();
    }

    /** A copy of the environment array with the missing variables, made current. */
    private static List<String> publishWith(Pointer environ) {
        Pointer current = environ.getPointer(0);
        List<Pointer> entries = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>(VARIABLES);
        for (int i = 0; current != null; i++) {
            Pointer entry = current.getPointer((long) i * Native.POINTER_SIZE);
            if (entry == null) {
                break;
            }
            entries.add(entry);
            String text = entry.getString(0);
            int equals = text.indexOf('=');
            missing.remove((equals >= 0) ? text.substring(0, equals) : text);
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        missing.forEach((name, value) -> entries.add(nativeString(name + "=" + value)));
        Pointer array = allocate((long) (entries.size() + 1) * Native.POINTER_SIZE);
        for (int i = 0; i < entries.size(); i++) {
            array.setPointer((long) i * Native.POINTER_SIZE, entries.get(i));
        }
        array.setPointer((long) entries.size() * Native.POINTER_SIZE, null);
        environ.setPointer(0, array);
        return List.copyOf(missing.keySet());
    }

    /** A NUL-terminated copy in native memory that lives as long as the process. */
    private static Pointer nativeString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Pointer string = allocate(bytes.length + 1);
        string.write(0, bytes, 0, bytes.length);
        string.setByte(bytes.length, (byte) 0);
        return string;
    }

    private static Pointer allocate(long size) {
        long address = Native.malloc(size);
        if (address == 0) {
            throw new OutOfMemoryError("malloc(" + size + ") failed");
        }
        return new Pointer(address);
    }
}
