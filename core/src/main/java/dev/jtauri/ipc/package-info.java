/**
 * IPC between pages and the runtime, whatever the transport: a page's
 * {@code invoke(cmd, args, options)} as Java values ({@link dev.jtauri.ipc.InvokeRequest},
 * {@link dev.jtauri.ipc.InvokeBody}, {@link dev.jtauri.ipc.InvokeResponse},
 * {@link dev.jtauri.ipc.InvokeError}), the refusals a transport or the pipeline answers with
 * ({@link dev.jtauri.ipc.RequestRejectedException}, {@link dev.jtauri.ipc.PayloadTooLargeException}),
 * the reading of a page's JSON within bounds ({@link dev.jtauri.ipc.PageJson},
 * {@link dev.jtauri.ipc.JsonLimits}), and channels to a page ({@link dev.jtauri.ipc.PageChannel}).
 * The JCEF bridge and the test client both speak it; {@link dev.jtauri.runtime.Invoker} runs the
 * requests.
 */
@NullMarked
package dev.jtauri.ipc;

import org.jspecify.annotations.NullMarked;
