/**
 * The jtauri user API, named after Tauri's and PyTauri's: {@link dev.jtauri.TauriCommand},
 * {@link dev.jtauri.AppHandle}, {@link dev.jtauri.Manager}, {@link dev.jtauri.Emitter},
 * {@link dev.jtauri.Listener}, {@link dev.jtauri.Event}, {@link dev.jtauri.Channel} and
 * {@link dev.jtauri.InvokeException}.
 */
@NullMarked
package dev.jtauri;

import org.jspecify.annotations.NullMarked;
