/**
 * Images for window and tray icons, as Tauri's {@code image} module.
 */
@NullMarked
package dev.jtauri.image;

import org.jspecify.annotations.NullMarked;
