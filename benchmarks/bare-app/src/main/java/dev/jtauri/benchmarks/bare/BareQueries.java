package dev.jtauri.benchmarks.bare;

import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.jtauri.benchmarks.window.SuiteRun;
import org.cef.CefApp;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.cef.handler.CefMessageRouterHandlerAdapter;

/**
 * The page's calls over raw {@code cefQuery}: {@code <kind>:<argument>}. An echo is answered on
 * CEF's thread, as the floor of any bridge; the rest on a worker, as a careful app would (a
 * {@code hop} is an echo answered there: the floor of a bridge that runs no app code on CEF's thread).
 * Java reaches the page with one {@code executeJavaScript} per message.
 */
final class BareQueries extends CefMessageRouterHandlerAdapter {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    private final CefApp app;

    BareQueries(CefApp app) {
        this.app = app;
    }

    @Override
    public boolean onQuery(CefBrowser browser, CefFrame frame, long queryId, String request, boolean persistent,
            CefQueryCallback callback) {
        int colon = request.indexOf(':');
        String kind = (colon < 0) ? request : request.substring(0, colon);
        String argument = (colon < 0) ? "" : request.substring(colon + 1);
        if (kind.equals("echo")) {
            callback.success(argument);
            return true;
        }
        this.worker.execute(() -> {
            try {
                callback.success(answer(browser, kind, argument));
            }
            catch (RuntimeException ex) {
                callback.failure(500, ex.toString());
            }
        });
        return true;
    }

    private String answer(CefBrowser browser, String kind, String argument) {
        switch (kind) {
            case "hop":
                return argument;
            case "b64":
                return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(argument));
            case "up":
                return Integer.toString(Base64.getDecoder().decode(argument).length);
            case "down":
                return Base64.getEncoder().encodeToString(SuiteRun.pattern(Integer.parseInt(argument)));
            case "events":
                for (int i = 0, n = Integer.parseInt(argument); i < n; i++) {
                    browser.executeJavaScript("window.__bench.tick(" + i + ")", "", 0);
                }
                return "sent";
            case "bytes":
                String encoded = Base64.getEncoder().encodeToString(SuiteRun.pattern(Integer.parseInt(argument)));
                browser.executeJavaScript("window.__bench.bytes('" + encoded + "')", "", 0);
                return "sent";
            case "pss":
                return Long.toString(SuiteRun.processTreePssKb());
            case "done":
                SuiteRun.writeResults(argument);
                new Thread(this::exit, "bare-exit").start();
                return "bye";
            default:
                throw new IllegalArgumentException("unknown query " + kind);
        }
    }

    private void exit() {
        this.app.dispose();
        System.exit(0);
    }
}
