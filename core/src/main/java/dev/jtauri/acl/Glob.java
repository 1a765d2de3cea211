package dev.jtauri.acl;

import java.util.List;
import java.util.regex.Pattern;

/** Labels or names with {@code *} matching any characters; everything else matches itself. */
final class Glob {

    private final List<Pattern> patterns;

    private Glob(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static Glob of(List<String> globs) {
        return new Glob(globs.stream().map(Glob::compile).toList());
    }

    boolean isEmpty() {
        return this.patterns.isEmpty();
    }

    boolean matches(String value) {
        for (Pattern pattern : this.patterns) {
            if (pattern.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append((i > 0) ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
