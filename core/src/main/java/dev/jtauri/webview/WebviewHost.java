package dev.jtauri.webview;

import java.util.List;

import dev.jtauri.runtime.TauriRuntime;

/**
 * What shows the app's windows: the JCEF module implements it. The Spring Boot runner opens the
 * windows, then blocks the main thread in {@link #awaitExit()} until the app ends, as PyTauri's
 * {@code run_return}.
 *
 * <p>The app ends when {@link dev.jtauri.AppHandle#exit(int)} is called (its code), when the
 * last window closes (code 0), or when {@link #close()} is called.
 */
public interface WebviewHost extends AutoCloseable {

    /**
     * Open windows that talk to the runtime. Returns once they are being created; the pages load
     * afterwards. Never call it on a UI thread.
     * @param runtime the runtime the pages invoke
     * @param windows the windows to open
     */
    void open(TauriRuntime runtime, List<WindowOptions> windows);

    /**
     * Wait until the app ends: windows closed and the engine disposed.
     * @return the exit code
     * @throws InterruptedException when the waiting thread is interrupted
     */
    int awaitExit() throws InterruptedException;

    /**
     * End the app: close every window and dispose the engine. Idempotent; returns once done or
     * after a bound.
     */
    @Override
    void close();
}
