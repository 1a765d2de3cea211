package dev.jtauri.webview.jcef;

import java.awt.Point;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a window with the mouse while its first button is held, as dragging a title bar does:
 * what {@code startDragging()} and a {@code data-tauri-drag-region} start. The page holds the
 * pointer during the drag (Chromium's view got the button press), so the window follows the
 * pointer as the X server reports it, on a thread of its own, and the moves run on the EDT.
 */
final class WindowDrag {

    private static final Logger logger = LoggerFactory.getLogger(WindowDrag.class);

    private static final long POLL_MILLIS = 8;

    private static final long LIMIT_MILLIS = 120_000;

    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor((task) -> {
        Thread thread = new Thread(task, "tauri-window-drag");
        thread.setDaemon(true);
        return thread;
    });

    private WindowDrag() {
    }

    /**
     * Follow the pointer with the window until the button is released.
     * @param window the window, read and moved on the EDT
     * @param frameOrigin the window's outer top-left corner now, in the screen's pixels
     * @param scale the window's scale factor
     * @param dragging set while the drag runs, so a second start is ignored
     */
    static void start(SwingWindow window, Point frameOrigin, double scale, AtomicBoolean dragging) {
        if (!dragging.compareAndSet(false, true)) {
            return;
        }
        X11Pointer pointer;
        try {
            pointer = X11Pointer.open("startDragging");
        }
        catch (RuntimeException | Error ex) {
            dragging.set(false);
            throw ex;
        }
        X11Pointer.State start = pointer.query();
        if (!start.buttonDown()) {
            logger.debug("No drag: the pointer's button is already up at {},{}", start.x(), start.y());
            pointer.close();
            dragging.set(false);
            return;
        }
        logger.debug("Dragging a window with the pointer from {},{}", start.x(), start.y());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LIMIT_MILLIS);
        AtomicReference<ScheduledFuture<?>> poll = new AtomicReference<>();
        Runnable follow = () -> {
            boolean over = true;
            try {
                X11Pointer.State now = pointer.query();
                int x = frameOrigin.x + (int) Math.round((now.x() - start.x()) / scale);
                int y = frameOrigin.y + (int) Math.round((now.y() - start.y()) / scale);
                SwingUtilities.invokeLater(() -> window.frame().setLocation(x, y));
                over = !now.buttonDown() || System.nanoTime() > deadline;
            }
            catch (RuntimeException ex) {
                logger.warn("Dragging the window failed", ex);
            }
            if (over) {
                end(poll, pointer, dragging);
            }
        };
        // Scheduled before its first run can end it: the future is there when the task looks.
        synchronized (poll) {
            poll.set(POLLER.scheduleWithFixedDelay(() -> {
                synchronized (poll) {
                    if (poll.get() != null && !poll.get().isCancelled()) {
                        follow.run();
                    }
                }
            }, 0, POLL_MILLIS, TimeUnit.MILLISECONDS));
        }
    }

    /** Ends a drag once: stops the polling, lets go of the X connection, allows the next drag. */
    private static void end(AtomicReference<ScheduledFuture<?>> poll, X11Pointer pointer, AtomicBoolean dragging) {
        ScheduledFuture<?> future = poll.get();
        if (future == null || future.isCancelled()) {
            return;
        }
        logger.debug("The drag ended");
        future.cancel(false);
        try {
            pointer.close();
        }
        finally {
            dragging.set(false);
        }
    }
}
