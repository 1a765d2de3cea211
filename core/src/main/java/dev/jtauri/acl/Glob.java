package dev.jtauri.acl;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels or names matched as Tauri matches window labels: with the {@code glob} crate's
 * {@code Pattern} and its default options (case-sensitive; {@code *} and {@code ?} also match a
 * {@code /}).
 *
 * <ul>
 * <li>{@code ?} matches one character, {@code *} any run of characters, none included.</li>
 * <li>{@code [abc]} matches one of the characters, {@code [a-z]} one in the range (by code point;
 * a reversed range matches nothing), {@code [!abc]} one not among them. A {@code ]} right after
 * {@code [} or {@code [!} belongs to the set ({@code []]}, {@code [!]]}); a {@code -} first or
 * last is itself. So a metacharacter matches itself in brackets: {@code [*]}, {@code [?]},
 * {@code [[]}.</li>
 * <li>{@code **} must be a whole path component ({@code **}, {@code a/**}, {@code **}{@code /b});
 * past the start of the text it stands only at a {@code /}, and it matches the rest of the text
 * when it ends the pattern.</li>
 * <li>Invalid, as the crate rejects them: a {@code [} without its {@code ]}, {@code ***} and
 * more, and {@code **} inside a component ({@code a**}, {@code **b}).</li>
 * </ul>
 */
final class Glob {

    private final List<Pattern> patterns;

    private Glob(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /**
     * Compile globs.
     * @param globs the patterns
     * @return the globs, matching what any of them matches
     * @throws IllegalArgumentException naming the first invalid pattern and where it goes wrong
     */
    static Glob of(List<String> globs) {
        return new Glob(globs.stream().map(Pattern::compile).toList());
    }

    boolean isEmpty() {
        return this.patterns.isEmpty();
    }

    boolean matches(String value) {
        int[] text = value.codePoints().toArray();
        for (Pattern pattern : this.patterns) {
            if (pattern.matches(text)) {
                return true;
            }
        }
        return false;
    }

    /** One character of the text, or a run of them. */
    private sealed interface Token {
    }

    private record Literal(int codePoint) implements Token {
    }

    private record AnyChar() implements Token {
    }

    /** {@code *}; with {@code recursive}, {@code **}. */
    private record AnySequence(boolean recursive) implements Token {
    }

    /** {@code [...]}, or with {@code negated} {@code [!...]}: single characters and ranges. */
    private record CharClass(int[] singles, int[] rangeStarts, int[] rangeEnds, boolean negated) implements Token {

        boolean matches(int codePoint) {
            boolean in = false;
            for (int single : this.singles) {
                in |= single == codePoint;
            }
            for (int i = 0; i < this.rangeStarts.length; i++) {
                in |= this.rangeStarts[i] <= codePoint && codePoint <= this.rangeEnds[i];
            }
            return in != this.negated;
        }
    }

    /** How a sub-pattern fared: a plain miss lets a {@code *} before it try a longer run. */
    private enum Outcome { MATCH, MISS, NEVER }

    private record Pattern(String source, List<Token> tokens) {

        private static final int SEPARATOR = '/';

        static Pattern compile(String glob) {
            int[] chars = glob.codePoints().toArray();
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < chars.length) {
                int c = chars[i];
                if (c == '?') {
                    tokens.add(new AnyChar());
                    i++;
                }
                else if (c == '*') {
                    int start = i;
                    while (i < chars.length && chars[i] == '*') {
                        i++;
                    }
                    if (i - start > 2) {
                        throw invalid(glob, start + 2, "wildcards are either regular * or recursive **");
                    }
                    if (i - start == 1) {
                        tokens.add(new AnySequence(false));
                        continue;
                    }
                    if (start > 0 && chars[start - 1] != SEPARATOR) {
                        throw invalid(glob, start - 1, "recursive wildcards must form a single path component");
                    }
                    if (i < chars.length && chars[i] != SEPARATOR) {
                        throw invalid(glob, i, "recursive wildcards must form a single path component");
                    }
                    if (i < chars.length) {
                        i++; // the separator after ** belongs to it
                    }
                    if (tokens.isEmpty() || !(tokens.get(tokens.size() - 1) instanceof AnySequence any && any.recursive())) {
                        tokens.add(new AnySequence(true));
                    }
                }
                else if (c == '[') {
                    boolean negated = i + 1 < chars.length && chars[i + 1] == '!';
                    int first = negated ? i + 2 : i + 1;
                    // The set holds at least one character, so a ] right after [ or [! is in it.
                    int close = indexOf(chars, ']', first + 1);
                    if (first >= chars.length || close < 0) {
                        throw invalid(glob, i, "invalid range pattern ([ without its ])");
                    }
                    tokens.add(charClass(chars, first, close, negated));
                    i = close + 1;
                }
                else {
                    tokens.add(new Literal(c));
                    i++;
                }
            }
            return new Pattern(glob, List.copyOf(tokens));
        }

        private static CharClass charClass(int[] chars, int from, int to, boolean negated) {
            List<Integer> singles = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            int i = from;
            while (i < to) {
                if (i + 2 < to && chars[i + 1] == '-') {
                    ranges.add(new int[] { chars[i], chars[i + 2] });
                    i += 3;
                }
                else {
                    singles.add(chars[i]);
                    i++;
                }
            }
            return new CharClass(singles.stream().mapToInt(Integer::intValue).toArray(),
                    ranges.stream().mapToInt((range) -> range[0]).toArray(),
                    ranges.stream().mapToInt((range) -> range[1]).toArray(), negated);
        }

        private static int indexOf(int[] chars, int c, int from) {
            for (int i = from; i < chars.length; i++) {
                if (chars[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private static IllegalArgumentException invalid(String glob, int position, String why) {
            return new IllegalArgumentException("'" + glob + "' is not a valid glob: " + why + " at position " + position);
        }

        boolean matches(int[] text) {
            return matchFrom(0, text, 0, true) == Outcome.MATCH;
        }

        private Outcome matchFrom(int first, int[] text, int start, boolean afterSeparator) {
            int at = start;
            boolean followsSeparator = afterSeparator;
            for (int t = first; t < this.tokens.size(); t++) {
                Token token = this.tokens.get(t);
                if (token instanceof AnySequence any) {
                    Outcome empty = matchFrom(t + 1, text, at, followsSeparator);
                    if (empty != Outcome.MISS) {
                        return empty;
                    }
                    while (at < text.length) {
                        followsSeparator = text[at++] == SEPARATOR;
                        if (any.recursive() && !followsSeparator) {
                            continue; // ** resumes only after a separator
                        }
                        Outcome longer = matchFrom(t + 1, text, at, followsSeparator);
                        if (longer != Outcome.MISS) {
                            return longer;
                        }
                    }
                    // The text is used up: the tokens after it get their turn at its end.
                    continue;
                }
                if (at == text.length) {
                    return Outcome.NEVER;
                }
                int c = text[at++];
                boolean matched = (token instanceof Literal literal) ? literal.codePoint() == c
                        : (token instanceof CharClass set) ? set.matches(c) : token instanceof AnyChar;
                if (!matched) {
                    return Outcome.MISS;
                }
                followsSeparator = c == SEPARATOR;
            }
            return (at == text.length) ? Outcome.MATCH : Outcome.MISS;
        }
    }
}
