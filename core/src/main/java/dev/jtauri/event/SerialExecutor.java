package dev.jtauri.event;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs its tasks one at a time, in submission order, on a shared executor: each Java listener
 * has one, so it receives events in order while listeners run in parallel with each other.
 */
final class SerialExecutor implements Executor {

    private static final Logger logger = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor threads;

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    private boolean draining;

    SerialExecutor(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this.tasks) {
            this.tasks.add(task);
            if (this.draining) {
                return;
            }
            this.draining = true;
        }
        try {
            this.threads.execute(this::drain);
        }
        catch (RuntimeException ex) {
            synchronized (this.tasks) {
                this.tasks.clear();
                this.draining = false;
            }
            throw ex;
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (this.tasks) {
                task = this.tasks.poll();
                if (task == null) {
                    this.draining = false;
                    return;
                }
            }
            try {
                task.run();
            }
            catch (Throwable ex) {
                logger.error("Event listener task failed", ex);
            }
        }
    }
}
