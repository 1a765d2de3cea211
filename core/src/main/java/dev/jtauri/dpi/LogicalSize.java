package dev.jtauri.dpi;

/**
 * A size in logical pixels: physical pixels divided by the scale factor.
 *
 * @param width the width
 * @param height the height
 */
public record LogicalSize(double width, double height) implements Size {

    public LogicalSize {
        Dpi.requireSize(width, height);
    }

    @Override
    public PhysicalSize toPhysical(double scaleFactor) {
        return new PhysicalSize(Dpi.toPhysical(this.width, scaleFactor), Dpi.toPhysical(this.height, scaleFactor));
    }

    @Override
    public LogicalSize toLogical(double scaleFactor) {
        return this;
    }
}
