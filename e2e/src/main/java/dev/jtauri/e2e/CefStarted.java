package dev.jtauri.e2e;

import java.util.List;

import org.cef.CefApp;

/**
 * A bean for apps of the tests whose CEF was started early: created while the context starts,
 * it waits for CEF to be up and reports its state and Chromium's processes ({@code cefStarted}),
 * so a test can check them once the app has ended.
 */
public final class CefStarted {

    private CefStarted() {
    }

    /**
     * Wait up to a minute for CEF to be initialized, then report.
     * @return the bean
     * @throws InterruptedException when interrupted while waiting
     */
    public static CefStarted awaitAndReport() throws InterruptedException {
        for (int i = 0; i < 1200 && CefApp.getState() != CefApp.CefAppState.INITIALIZED; i++) {
            Thread.sleep(50);
        }
        List<Long> chromium = ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
        Reports.print("cefStarted", "state", CefApp.getState().name(), "chromiumPids", chromium);
        return new CefStarted();
    }
}
