package dev.jtauri.dpi;

/**
 * A position in logical pixels.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record LogicalPosition(double x, double y) implements Position {

    public LogicalPosition {
        Dpi.requireFinite(x, y);
    }

    @Override
    public PhysicalPosition toPhysical(double scaleFactor) {
        return new PhysicalPosition(Dpi.toPhysical(this.x, scaleFactor), Dpi.toPhysical(this.y, scaleFactor));
    }

    @Override
    public LogicalPosition toLogical(double scaleFactor) {
        return this;
    }
}
