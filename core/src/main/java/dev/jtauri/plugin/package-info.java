/**
 * Plugins: a {@link dev.jtauri.plugin.TauriPlugin} is a command bean whose commands are named
 * {@code plugin:<name>|<command>}, with Tauri's permissions. The built-in ones live in a
 * sub-package each: their commands, and the Java API those commands call.
 */
@NullMarked
package dev.jtauri.plugin;

import org.jspecify.annotations.NullMarked;
