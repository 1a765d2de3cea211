package dev.jtauri.dpi;

/**
 * A size in physical (screen) pixels.
 *
 * @param width the width
 * @param height the height
 */
public record PhysicalSize(int width, int height) implements Size {

    public PhysicalSize {
        Dpi.requireSize(width, height);
    }

    @Override
    public PhysicalSize toPhysical(double scaleFactor) {
        return this;
    }

    @Override
    public LogicalSize toLogical(double scaleFactor) {
        return new LogicalSize(this.width / Dpi.requireScale(scaleFactor), this.height / scaleFactor);
    }
}
