package dev.jtauri.benchmarks.bare;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import me.friwi.jcefmaven.CefAppBuilder;
import me.friwi.jcefmaven.MavenCefAppHandlerAdapter;
import org.cef.CefApp;
import org.cef.CefClient;
import org.cef.CefSettings;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefMessageRouter;

/**
 * The window suite's baseline: what a developer writes with jcefmaven alone. CEF is built at
 * once on the main thread, its page is served from the classpath over {@code http://bench.local}
 * and talks to Java over raw {@code cefQuery} ({@link BareQueries}).
 */
public final class BareJcefApp {

    static final String ORIGIN = "http://bench.local";

    private BareJcefApp() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "jtauri-benchmarks");
        CountDownLatch contextReady = new CountDownLatch(1);
        CefAppBuilder builder = new CefAppBuilder();
        builder.setInstallDir(cache.resolve("bare-jcef").toFile());
        CefSettings settings = builder.getCefSettings();
        settings.windowless_rendering_enabled = false;
        settings.root_cache_path = cache.resolve("bare-profile").toString();
        settings.log_severity = CefSettings.LogSeverity.LOGSEVERITY_ERROR;
        builder.setAppHandler(new MavenCefAppHandlerAdapter() {
            @Override
            public void onContextInitialized() {
                CefApp.getInstance().registerSchemeHandlerFactory("http", "bench.local",
                        (browser, frame, scheme, request) -> ClasspathPage.handler(request.getURL()));
                contextReady.countDown();
            }
        });
        CefApp app = builder.build();
        CefClient client = app.createClient();
        contextReady.await();
        CefMessageRouter router = CefMessageRouter.create();
        router.addHandler(new BareQueries(app), true);
        client.addMessageRouter(router);
        CefBrowser browser = client.createBrowser(ORIGIN + "/index.html", false, false);
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("window suite");
            frame.getContentPane().add(browser.getUIComponent(), BorderLayout.CENTER);
            frame.setSize(800, 600);
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.setVisible(true);
        });
    }
}
