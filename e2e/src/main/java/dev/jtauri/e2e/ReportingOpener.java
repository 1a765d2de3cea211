package dev.jtauri.e2e;

import java.net.URI;

import dev.jtauri.webview.ExternalUrlOpener;
import org.springframework.stereotype.Component;

/**
 * The test apps open nothing outside themselves: a URL a page would have opened in the system's
 * browser ({@code tauri.app.security.navigation=open-external}) is reported to the test instead.
 */
@Component
public class ReportingOpener implements ExternalUrlOpener {

    @Override
    public void open(URI url) {
        Reports.print("opened", "url", url.toString());
    }
}
