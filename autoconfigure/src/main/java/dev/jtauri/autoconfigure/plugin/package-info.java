/**
 * The built-in plugins' configurations: one per plugin, each switched by
 * {@code tauri.plugins.<name>.enabled} and replaced by a bean of its name.
 */
@NullMarked
package dev.jtauri.autoconfigure.plugin;

import org.jspecify.annotations.NullMarked;
