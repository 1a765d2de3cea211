package dev.jtauri.window;

import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import org.jspecify.annotations.Nullable;

/**
 * A monitor, as Tauri's {@code Monitor}, in physical pixels.
 *
 * @param name the monitor's name, when the platform gives one
 * @param size its size
 * @param position its top-left corner on the desktop
 * @param workArea the part not taken by panels and docks
 * @param scaleFactor its scale factor
 */
public record Monitor(@Nullable String name, PhysicalSize size, PhysicalPosition position, WorkArea workArea,
        double scaleFactor) {

    /**
     * The part of a monitor windows may use.
     *
     * @param position its top-left corner
     * @param size its size
     */
    public record WorkArea(PhysicalPosition position, PhysicalSize size) {
    }
}
