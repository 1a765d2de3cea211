package dev.jtauri.dpi;

/** The checks and rounding the size and position types share. */
final class Dpi {

    private Dpi() {
    }

    static int toPhysical(double logical, double scaleFactor) {
        return (int) Math.round(logical * requireScale(scaleFactor));
    }

    static double requireScale(double scaleFactor) {
        if (!(scaleFactor > 0) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("A scale factor must be positive, was " + scaleFactor);
        }
        return scaleFactor;
    }

    static void requireSize(double width, double height) {
        requireFinite(width, height);
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A size cannot be negative, was " + width + "x" + height);
        }
    }

    static void requireFinite(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Coordinates must be finite numbers, were " + x + ", " + y);
        }
    }
}
