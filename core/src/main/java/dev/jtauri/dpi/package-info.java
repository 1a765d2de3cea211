/**
 * Sizes and positions in logical or physical pixels, as Tauri's {@code dpi} module: physical
 * pixels are the screen's, logical pixels are physical pixels divided by the window's scale
 * factor.
 */
@NullMarked
package dev.jtauri.dpi;

import org.jspecify.annotations.NullMarked;
