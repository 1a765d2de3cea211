package dev.jtauri.webview.jcef;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.swing.SwingUtilities;

/**
 * Runs window operations on the AWT event dispatch thread, where Swing wants them, and hands
 * the result back to the calling thread. The caller waits, with a bound; the EDT never does.
 */
final class Edt {

    private static final long TIMEOUT_SECONDS = 10;

    private Edt() {
    }

    /**
     * Run a task on the EDT and return its result; inline when already there.
     * @param what the operation, for messages
     * @param task the task
     * @return its result
     */
    static <T> T call(String what, Supplier<T> task) {
        if (SwingUtilities.isEventDispatchThread()) {
            return task.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            // A caller that gave up was told the operation failed: it must not happen later.
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(task.get());
            }
            catch (Throwable ex) {
                result.completeExceptionally(ex);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", ex);
        }
        catch (TimeoutException ex) {
            result.cancel(false);
            throw new IllegalStateException(what + " did not run within " + TIMEOUT_SECONDS
                    + " s: the AWT event dispatch thread is busy", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", ex.getCause());
        }
    }

    /**
     * Run a task on the EDT and wait until it ran; inline when already there.
     * @param what the operation, for messages
     * @param task the task
     */
    static void run(String what, Runnable task) {
        call(what, () -> {
            task.run();
            return null;
        });
    }
}
