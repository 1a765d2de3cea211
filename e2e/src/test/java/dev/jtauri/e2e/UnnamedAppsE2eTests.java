package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.jtauri.testapps.unnamed.FirstUnnamedApplication;
import dev.jtauri.testapps.unnamed.SecondUnnamedApplication;
import dev.jtauri.webview.jcef.CefEngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two apps that do not name themselves run side by side: each gets a CEF profile of its own,
 * named after its application class (one process at a time may use a profile).
 */
class UnnamedAppsE2eTests extends WindowedTests {

    @Test
    void twoUnnamedAppsRunSideBySide(@TempDir Path cache) throws Exception {
        // Their profiles go to the default place under a cache of the test's; CEF's natives stay where they are.
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString());
        List<String> arguments = List.of("--spring.config.name=unnamed", "--tauri.build.frontend-dist=classpath:/e2e-static/",
                "--tauri.webview.install-dir=" + CefEngineOptions.defaults("unused").installDir(), "--tauri.app.windows[0].url=exit.html?how=exit");
        try (AppProcess first = AppProcess.launch("unnamed-first", FirstUnnamedApplication.class, xvfb, environment, arguments);
                AppProcess second = AppProcess.launch("unnamed-second", SecondUnnamedApplication.class, xvfb, environment,
                        arguments)) {
            first.awaitReport("firstIpc", Duration.ofSeconds(120));
            second.awaitReport("firstIpc", Duration.ofSeconds(120));
            first.assertExitsWith(3, "AppHandle.exit from the page");
            second.assertExitsWith(3, "AppHandle.exit from the page");
            first.assertNoSurvivors();
            second.assertNoSurvivors();
        }
        Path apps = cache.resolve("jtauri").resolve("apps");
        assertThat(apps.resolve(FirstUnnamedApplication.class.getName())).isDirectory();
        assertThat(apps.resolve(SecondUnnamedApplication.class.getName())).isDirectory();
    }
}
