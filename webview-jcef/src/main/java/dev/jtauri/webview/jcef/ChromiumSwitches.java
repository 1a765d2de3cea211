package dev.jtauri.webview.jcef;

import java.util.ArrayList;
import java.util.List;

import org.cef.OS;

/**
 * The Chromium switches CEF starts with: jtauri's own, then the app's
 * ({@code tauri.webview.args}).
 *
 * <p>On Linux, {@code --no-unsandboxed-zygote}, so that Chromium launches its GPU process itself
 * rather than forking it from a zygote. A signal to the app's whole process group (as
 * {@code timeout}, a terminal's hangup, a desktop session's logout or systemd stopping a unit send
 * it) kills Chromium's helpers, zygotes included, as it reaches the app; the browser process (the
 * app's JVM) then tries to launch a new GPU process through the dead zygote, fails six times, and
 * aborts ("GPU process isn't usable. Goodbye.") before the app has closed its windows. Launched by
 * the browser, the GPU process comes back, and the app ends as the signal asks. As JCEF runs
 * Chromium without its sandbox, that zygote served the GPU process alone, which is now one process
 * fewer; renderers still start from the other zygote. (Chromium keeps that zygote so that a
 * browser whose files are updated while it runs can still start helpers: jtauri's CEF files are
 * never updated in place, a new build goes to a folder of its own.)
 */
final class ChromiumSwitches {

    private ChromiumSwitches() {
    }

    /**
     * @param appArguments the app's switches
     * @return the switches to start CEF with
     */
    static List<String> of(List<String> appArguments) {
        return of(appArguments, OS.isLinux());
    }

    static List<String> of(List<String> appArguments, boolean linux) {
        List<String> switches = new ArrayList<>();
        if (linux) {
            switches.add("--no-unsandboxed-zygote");
        }
        switches.addAll(appArguments);
        return List.copyOf(switches);
    }
}
