package dev.jtauri.webview.jcef;

import java.time.Duration;

import org.cef.callback.CefCompletionCallback;
import org.cef.network.CefCookieManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task once on CEF's UI thread, as a task of its own: JCEF has no way to post one, but CEF
 * runs a cookie flush's completion there, after the flush.
 *
 * <p>The cookie store lives in Chromium's network service. A flush sent as that process dies (a
 * signal to the app's whole process group kills it with Chromium's other helpers, and Chromium
 * starts it again) never completes, so another is sent every {@link #RESEND} until one has, for
 * at most {@link #GIVE_UP}.
 */
final class CookieFlushHop implements CefCompletionCallback {

    private static final Logger logger = LoggerFactory.getLogger(CookieFlushHop.class);

    static final Duration RESEND = Duration.ofMillis(100);

    static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final Runnable task;

    // Guarded by "this": no flush is sent once the task has begun (it may dispose CEF).
    private boolean ran;

    private CookieFlushHop(Runnable task) {
        this.task = task;
    }

    /**
     * Run a task once on CEF's UI thread.
     * @param task the task
     * @return false when no flush could be sent, and the task will not run
     */
    static boolean run(Runnable task) {
        CookieFlushHop hop = new CookieFlushHop(task);
        if (!hop.flush()) {
            return false;
        }
        Thread resender = new Thread(hop::resendUntilRun, "tauri-cef-flush");
        resender.setDaemon(true);
        resender.start();
        return true;
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            if (this.ran) {
                return;
            }
            this.ran = true;
        }
        this.task.run();
    }

    private synchronized boolean flush() {
        if (this.ran) {
            return true;
        }
        CefCookieManager cookies = CefCookieManager.getGlobalManager();
        return (cookies != null) && cookies.flushStore(this);
    }

    private void resendUntilRun() {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(RESEND.toMillis());
                synchronized (this) {
                    if (this.ran) {
                        return;
                    }
                }
                logger.debug("No cookie flush has completed; sending another");
                flush();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
