/**
 * The Java twin of {@code pytauri_utils.async_tools}: {@link dev.jtauri.async.AsyncTools},
 * {@link dev.jtauri.async.BlockingPortal} and {@link dev.jtauri.async.TaskGroup}.
 *
 * <p>The portal is jtauri's "async runtime": every {@code @TauriCommand} and every task of the
 * task group runs on it. Blocking work goes to separate blocking workers
 * ({@link dev.jtauri.async.AsyncTools#toAsync}), and code on other threads (event listeners,
 * Swing callbacks, schedulers) enters the portal through {@link dev.jtauri.async.BlockingPortal#call}.
 */
@NullMarked
package dev.jtauri.async;

import org.jspecify.annotations.NullMarked;
