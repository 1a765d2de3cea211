package dev.jtauri.webview.jcef;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The seed of a fuzz run, printed as it starts: {@code -Djtauri.fuzz.seed=<seed>} runs the same
 * requests again; without it, each run takes a seed of its own.
 *
 * @param value the seed
 */
record FuzzSeed(long value) {

    static final String PROPERTY = "jtauri.fuzz.seed";

    static FuzzSeed fromSystemProperty() {
        String set = System.getProperty(PROPERTY);
        FuzzSeed seed = new FuzzSeed((set != null && !set.isBlank()) ? Long.parseLong(set.trim())
                : new SecureRandom().nextLong());
        System.out.println("[fuzz] seed " + seed.value + " (-D" + PROPERTY + "=" + seed.value + " repeats this run)");
        return seed;
    }

    /** The random numbers of one part of the run, the same for the same seed whatever else runs. */
    Random random(String part) {
        return new Random(this.value * 31 + part.hashCode());
    }

    @Override
    public String toString() {
        return "seed " + this.value + " (-D" + PROPERTY + "=" + this.value + " repeats it)";
    }
}
