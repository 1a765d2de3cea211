/**
 * Paths, Tauri's {@code path} plugin: the {@link dev.jtauri.path.PathResolver} that finds the
 * platform's folders and the app's own (reached by {@code AppHandle.path()}), the
 * {@link dev.jtauri.path.BaseDirectory} the page names them by, and the
 * {@code plugin:path|*} commands of {@code @tauri-apps/api/path}.
 */
@NullMarked
package dev.jtauri.path;

import org.jspecify.annotations.NullMarked;
