/**
 * The JCEF webview: real Chromium windows through jcefmaven, the {@code tauri://localhost}
 * asset protocol, and the JS bridge that gives pages {@code window.__TAURI_INTERNALS__}.
 *
 * <p>Transport: JSON invokes and small raw bodies travel by {@code cefQuery}; raw bodies of
 * {@value dev.jtauri.webview.jcef.InvokeCodec#RAW_INLINE_LIMIT} bytes and more by a same-origin
 * {@code fetch} to {@code /__jtauri/ipc/}; Java reaches the page with {@code executeJavaScript},
 * and large raw results and channel messages wait under a ticket the page fetches them with
 * ({@link dev.jtauri.webview.jcef.ByteTickets}), in ranges side by side when they are large.
 */
@NullMarked
package dev.jtauri.webview.jcef;

import org.jspecify.annotations.NullMarked;
