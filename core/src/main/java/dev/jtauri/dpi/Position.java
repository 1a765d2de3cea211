package dev.jtauri.dpi;

/**
 * A position in logical or physical pixels, as Tauri's {@code Position}: what a window setter
 * takes.
 */
public sealed interface Position permits LogicalPosition, PhysicalPosition {

    /**
     * This position in physical pixels.
     * @param scaleFactor the window's scale factor
     * @return the physical position
     */
    PhysicalPosition toPhysical(double scaleFactor);

    /**
     * This position in logical pixels.
     * @param scaleFactor the window's scale factor
     * @return the logical position
     */
    LogicalPosition toLogical(double scaleFactor);
}
