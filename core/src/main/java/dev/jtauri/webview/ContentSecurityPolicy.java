package dev.jtauri.webview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Content Security Policy, as Tauri's {@code app.security.csp} takes it: the policy as one
 * string ({@code default-src 'self'; img-src 'self' data:}) or its directives one by one, each with
 * its sources separated by spaces. Checked when made, so a policy the browser would read otherwise
 * than it was written (an unknown directive, one given twice, a source that would end its
 * directive or its policy) fails where it is configured. Directive names are lower-cased, as the
 * browser reads them; their order is kept.
 */
public final class ContentSecurityPolicy {

    /**
     * The directives a host adds its nonces to, as Tauri's asset CSP modification does, unless
     * the app leaves them as written.
     */
    public static final Set<String> NONCED_DIRECTIVES = Set.of("script-src", "style-src");

    // CSP Level 3 and what Chromium still reads beside it.
    private static final Set<String> DIRECTIVES = Set.of("base-uri", "block-all-mixed-content", "child-src",
            "connect-src", "default-src", "fenced-frame-src", "font-src", "form-action", "frame-ancestors",
            "frame-src", "img-src", "manifest-src", "media-src", "object-src", "report-to", "report-uri",
            "require-trusted-types-for", "sandbox", "script-src", "script-src-attr", "script-src-elem", "style-src",
            "style-src-attr", "style-src-elem", "trusted-types", "upgrade-insecure-requests", "worker-src");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");

    // A source is anything but what ends it (whitespace), its directive (';') or its policy (',').
    private static final Pattern SOURCE = Pattern.compile("[^\\s;,\\x00-\\x1f\\x7f]+");

    private final Map<String, List<String>> directives;

    private ContentSecurityPolicy(Map<String, List<String>> directives) {
        if (directives.isEmpty()) {
            throw new IllegalArgumentException("the policy has no directive");
        }
        this.directives = Collections.unmodifiableMap(directives);
    }

    /**
     * Read a policy written as one string.
     * @param policy directives separated by {@code ;}, each a name and its sources
     * @return the policy
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static ContentSecurityPolicy parse(String policy) {
        if (policy.indexOf(',') >= 0) {
            throw new IllegalArgumentException("'" + policy + "' holds a ',', which would start a second policy; "
                    + "separate directives with ';'");
        }
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] tokens = directive.trim().split("\\s+");
            if (tokens.length == 1 && tokens[0].isEmpty()) {
                continue;
            }
            add(directives, tokens[0], Arrays.asList(tokens).subList(1, tokens.length));
        }
        return new ContentSecurityPolicy(directives);
    }

    /**
     * Make a policy of directives given one by one, as Tauri's directive map.
     * @param directives each directive's name and its sources, separated by spaces
     * @return the policy, its directives in the map's order
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static ContentSecurityPolicy of(Map<String, String> directives) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        directives.forEach((name, sources) -> {
            String trimmed = sources.trim();
            add(checked, name, trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+")));
        });
        return new ContentSecurityPolicy(checked);
    }

    private static void add(Map<String, List<String>> directives, String name, List<String> sources) {
        String directive = name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches() || !DIRECTIVES.contains(directive)) {
            throw new IllegalArgumentException("'" + name + "' is not a Content Security Policy directive");
        }
        for (String source : sources) {
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("directive '" + directive + "': '" + source
                        + "' is not a source; a source may not hold ';' or ','");
            }
        }
        if (directives.putIfAbsent(directive, List.copyOf(sources)) != null) {
            throw new IllegalArgumentException("directive '" + directive + "' is given twice; the browser would "
                    + "read only the first");
        }
    }

    /**
     * Whether the policy has a directive.
     * @param directive its name, lower case
     * @return true when it has
     */
    public boolean has(String directive) {
        return this.directives.containsKey(directive);
    }

    /**
     * The sources of a directive.
     * @param directive its name, lower case
     * @return its sources, or {@code null} when the policy does not have it
     */
    public @Nullable List<String> sources(String directive) {
        return this.directives.get(directive);
    }

    /**
     * The directives, in order.
     * @return each directive's name and sources
     */
    public Map<String, List<String>> directives() {
        return this.directives;
    }

    /**
     * This policy with a directive's sources replaced, or the directive added at the end.
     * @param directive its name, lower case
     * @param sources its new sources
     * @return the new policy
     */
    public ContentSecurityPolicy with(String directive, List<String> sources) {
        Map<String, List<String>> changed = new LinkedHashMap<>(this.directives);
        changed.put(directive, List.copyOf(sources));
        return new ContentSecurityPolicy(changed);
    }

    /** The policy as a header carries it: {@code default-src 'self'; img-src 'self' data:}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        this.directives.forEach((name, sources) -> parts.add(sources.isEmpty() ? name : name + " "
                + String.join(" ", sources)));
        return String.join("; ", parts);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ContentSecurityPolicy policy && this.directives.equals(policy.directives);
    }

    @Override
    public int hashCode() {
        return this.directives.hashCode();
    }
}
