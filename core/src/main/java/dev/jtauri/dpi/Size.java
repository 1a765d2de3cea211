package dev.jtauri.dpi;

/**
 * A size in logical or physical pixels, as Tauri's {@code Size}: what a window setter takes.
 */
public sealed interface Size permits LogicalSize, PhysicalSize {

    /**
     * This size in physical pixels.
     * @param scaleFactor the window's scale factor
     * @return the physical size
     */
    PhysicalSize toPhysical(double scaleFactor);

    /**
     * This size in logical pixels.
     * @param scaleFactor the window's scale factor
     * @return the logical size
     */
    LogicalSize toLogical(double scaleFactor);
}
