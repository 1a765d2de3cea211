package dev.jtauri;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The headers of an invoke request ({@code invoke(cmd, args, {headers})}), matched without
 * regard to case, as HTTP headers are. Immutable.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, List<String>> values;

    private Headers(Map<String, List<String>> values) {
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
     * Headers with one value per name.
     * @param headers names and values
     * @return the headers
     */
    public static Headers of(Map<String, String> headers) {
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> multi.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value));
        return copyOf(multi);
    }

    /**
     * Headers with any number of values per name.
     * @param headers names and values
     * @return the headers
     */
    public static Headers ofMulti(Map<String, ? extends List<String>> headers) {
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, list) -> multi.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(list));
        return copyOf(multi);
    }

    private static Headers copyOf(Map<String, List<String>> multi) {
        if (multi.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> frozen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        multi.forEach((name, list) -> frozen.put(Objects.requireNonNull(name, "header name"), List.copyOf(list)));
        return new Headers(Collections.unmodifiableMap(frozen));
    }

    /**
     * The first value of a header.
     * @param name the header's name, in any case
     * @return the value, or {@code null} when absent
     */
    public @Nullable String get(String name) {
        List<String> list = this.values.get(name);
        return (list == null || list.isEmpty()) ? null : list.get(0);
    }

    /**
     * All values of a header.
     * @param name the header's name, in any case
     * @return the values, empty when absent
     */
    public List<String> getAll(String name) {
        return this.values.getOrDefault(name, List.of());
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
    public Map<String, List<String>> asMap() {
        return this.values;
    }

    @Override
    public String toString() {
        // Names only: values may carry credentials.
        return "Headers" + this.values.keySet().stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
