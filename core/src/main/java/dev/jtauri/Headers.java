package dev.jtauri;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The headers of an invoke request ({@code invoke(cmd, args, {headers})}), one value per name,
 * as the page's {@code Headers} object gives them, matched without regard to case, as HTTP
 * headers are. Immutable.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, String> values;

    private Headers(Map<String, String> values) {
        this.values = values;
    }

    /**
     * No headers.
     * @return the empty headers
     */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Headers with their values.
     * @param headers names and values
     * @return the headers
     */
    public static Headers of(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "header name"),
                Objects.requireNonNull(value, "header value")));
        return new Headers(Collections.unmodifiableMap(copy));
    }

    /**
     * The value of a header.
     * @param name the header's name, in any case
     * @return the value, or {@code null} when absent
     */
    public @Nullable String get(String name) {
        return this.values.get(name);
    }

    /**
     * Whether a header is present.
     * @param name the header's name, in any case
     * @return true when present
     */
    public boolean contains(String name) {
        return this.values.containsKey(name);
    }

    /**
     * All headers, names in case-insensitive order.
     * @return an unmodifiable map
     */
    public Map<String, String> asMap() {
        return this.values;
    }

    @Override
    public String toString() {
        // Names only: values may carry credentials.
        return "Headers" + this.values.keySet().stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
