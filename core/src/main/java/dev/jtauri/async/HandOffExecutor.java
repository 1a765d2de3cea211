package dev.jtauri.async;

import java.util.concurrent.Executor;

/**
 * An executor whose {@link #execute} never runs the task on the calling thread and never blocks
 * the caller: it starts or wakes a thread of its own, or refuses the task. A transport may start
 * an invoke on such a portal straight from a UI thread (CEF's, the EDT); with any other portal it
 * hands the call to a thread of its own first, which costs a thread hop on every invoke.
 *
 * <p>Do not mark an executor with a bounded queue and a caller-runs policy, a concurrency limit
 * that waits, or any other way of making the caller wait or work.
 */
public interface HandOffExecutor extends Executor {
}
