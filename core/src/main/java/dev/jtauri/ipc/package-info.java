/**
 * The invoke pipeline: a page's {@code invoke(cmd, args, options)} as Java values
 * ({@link dev.jtauri.ipc.InvokeRequest}, {@link dev.jtauri.ipc.InvokeResponse}) and the
 * {@link dev.jtauri.runtime.Invoker} that runs it. Transport-agnostic: the JCEF bridge and the test
 * client both feed it.
 */
@NullMarked
package dev.jtauri.ipc;

import org.jspecify.annotations.NullMarked;
