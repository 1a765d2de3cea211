/**
 * Auto-configuration of the built-in plugins: a {@link dev.jtauri.plugin.TauriPlugin} bean each,
 * switched off by {@code tauri.plugins.<name>.enabled=false} and replaced by a bean of the same
 * name.
 */
@NullMarked
package dev.jtauri.autoconfigure.plugin;

import org.jspecify.annotations.NullMarked;
