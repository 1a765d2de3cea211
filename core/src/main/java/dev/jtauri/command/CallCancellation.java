package dev.jtauri.command;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a call was called off, and what to do when it is: the page aborted it, left, or it
 * timed out. What a call registers (cancel a returned stage, a task group of its own) runs once,
 * when it is cancelled, or at once if it already was. Thread-safe.
 */
public final class CallCancellation {

    private static final Logger logger = LoggerFactory.getLogger(CallCancellation.class);

    // Guarded by "this"; null once cancelled.
    private List<Runnable> actions = new ArrayList<>();

    /**
     * A cancellation that nothing cancels: for calls made from Java code.
     * @return a new cancellation
     */
    public static CallCancellation none() {
        return new CallCancellation();
    }

    /**
     * Whether the call was cancelled.
     * @return true once cancelled
     */
    public synchronized boolean isCancelled() {
        return this.actions == null;
    }

    /**
     * Do something when the call is cancelled: at once if it already was.
     * @param action what to do; it must not wait
     */
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (this.actions != null) {
                this.actions.add(action);
                return;
            }
        }
        runSafely(action);
    }

    /**
     * Cancel the call: what was registered runs, on the caller's thread. Later calls do nothing.
     * @return whether this call cancelled it
     */
    public boolean cancel() {
        List<Runnable> registered;
        synchronized (this) {
            if (this.actions == null) {
                return false;
            }
            registered = this.actions;
            this.actions = null;
        }
        registered.forEach(CallCancellation::runSafely);
        return true;
    }

    private static void runSafely(Runnable action) {
        try {
            action.run();
        }
        catch (RuntimeException ex) {
            logger.warn("A step of a call's cancellation failed", ex);
        }
    }
}
