package dev.jtauri.dpi;

/**
 * A position in physical (screen) pixels.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record PhysicalPosition(int x, int y) implements Position {

    @Override
    public PhysicalPosition toPhysical(double scaleFactor) {
        return this;
    }

    @Override
    public LogicalPosition toLogical(double scaleFactor) {
        return new LogicalPosition(this.x / Dpi.requireScale(scaleFactor), this.y / scaleFactor);
    }
}
