package dev.jtauri.webview;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's browser and mail client. On Linux {@code xdg-open}, a process of its own:
 * {@code java.awt.Desktop} would load GTK into the process, beside Chromium's own. Elsewhere
 * {@code Desktop.browse}, or {@code Desktop.mail} for a {@code mailto} URL.
 */
public final class SystemBrowser implements ExternalUrlOpener {

    private static final Logger logger = LoggerFactory.getLogger(SystemBrowser.class);

    private final boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");

    @Override
    public void open(URI url) throws IOException {
        if (!ExternalUrlOpener.mayOpen(url)) {
            throw new IllegalArgumentException("Only http, https and mailto URLs open outside the app, not " + url);
        }
        if (this.linux) {
            // One argument, no shell: the URL is never read as options or commands.
            Process process = new ProcessBuilder("xdg-open", url.toASCIIString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
            process.onExit().thenAccept((ended) -> {
                if (ended.exitValue() != 0) {
                    logger.warn("xdg-open could not open {} (exit code {})", url, ended.exitValue());
                }
            });
            return;
        }
        Desktop desktop = Desktop.getDesktop();
        if ("mailto".equalsIgnoreCase(url.getScheme())) {
            desktop.mail(url);
        }
        else {
            desktop.browse(url);
        }
    }
}
