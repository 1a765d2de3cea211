package dev.jtauri.testapps.ownhost;

import java.util.List;

import dev.jtauri.e2e.CefStarted;
import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.e2e.Reports;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An app that shows itself with a window host of its own, on a display: jtauri's CEF, started
 * as the context was prepared before the host was known, must not outlive the startup.
 */
@SpringBootApplication
public class OwnHostApplication {

    public static void main(String[] args) {
        E2eApplication.run(OwnHostApplication.class, args);
    }

    /** Waits, while the context starts, for the CEF that the run listener started early. */
    @Bean
    CefStarted cefStarted() throws InterruptedException {
        return CefStarted.awaitAndReport();
    }

    @Bean
    WebviewHost ownHost() {
        return new WebviewHost() {

            @Override
            public void open(TauriRuntime runtime, List<WindowOptions> windows) {
                Reports.print("ownHostOpened");
            }

            @Override
            public int awaitExit() {
                return 4;
            }

            @Override
            public void close() {
            }
        };
    }
}
