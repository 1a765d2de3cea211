/**
 * Windows as Tauri's {@code window} and {@code webview} plugins serve them: the types of the
 * {@link dev.jtauri.WebviewWindow} API (events, monitors, themes) and the plugins' commands that
 * call it.
 */
@NullMarked
package dev.jtauri.window;

import org.jspecify.annotations.NullMarked;
