package dev.jtauri.webview.jcef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preset runs in a JVM of its own, with an environment the test chooses, and that JVM prints
 * what native code ({@code getenv}) and Java ({@code System.getenv}) then see.
 */
@EnabledOnOs(OS.LINUX)
class EnvironmentPresetTests {

    /** The child JVM: applies the preset (twice), then prints both views of three variables. */
    public static void main(String[] args) {
        EnvironmentPreset.apply();
        EnvironmentPreset.apply();
        LibC libc = Native.load("c", LibC.class);
        for (String name : new String[] { "GDK_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "FC_FONTATIONS", "KEPT" }) {
            System.out.println(name + " native=" + libc.getenv(name) + " java=" + System.getenv(name));
        }
        // glibc's own setenv still works on the preset array, in place and for a new name.
        libc.setenv("FC_FONTATIONS", "1", 1);
        libc.setenv("ADDED_LATER", "yes", 0);
        System.out.println("ADDED_LATER native=" + libc.getenv("ADDED_LATER"));
    }

    @Test
    void missingVariablesAreAddedForNativeCodeOnlyAndExistingOnesKeepTheirValue() throws Exception {
        String output = runChild(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus", "KEPT", "as is"));
        assertThat(output).contains("GDK_BACKEND native=x11 java=null")
            .contains("DBUS_SESSION_BUS_ADDRESS native=unix:path=/run/user/1000/bus java=unix:path=/run/user/1000/bus")
            .contains("FC_FONTATIONS native=1 java=null")
            .contains("KEPT native=as is java=as is")
            .contains("ADDED_LATER native=yes");
    }

    @Test
    void withNoSessionBusChromiumsOwnValueIsPreset() throws Exception {
        String output = runChild(Map.of());
        assertThat(output).contains("DBUS_SESSION_BUS_ADDRESS native=disabled: java=null");
    }

    private static String runChild(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EnvironmentPresetTests.class.getName())
            .redirectErrorStream(true);
        builder.environment().keySet().removeAll(EnvironmentPreset.VARIABLES.keySet());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        }
        finally {
            process.destroyForcibly();
        }
    }

    /** The two libc functions the child calls to see the native side. */
    public interface LibC extends Library {

        String getenv(String name);

        int setenv(String name, String value, int overwrite);
    }
}
