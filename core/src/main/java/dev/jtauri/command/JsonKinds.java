package dev.jtauri.command;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import dev.jtauri.support.TypeNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Words for what a JSON value is and what a Java type expects, for argument errors such as
 * "expected an integer (int), got a string". They describe JSON kinds, never values; the only
 * Java in them is the simple name of a type the command declares, in parentheses, as its
 * signature reads. No package, no class Jackson chose to build, no method.
 */
final class JsonKinds {

    private JsonKinds() {
    }

    /**
     * What the given JSON value is: "a string", "an array", "null".
     */
    static String actual(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            case BINARY -> "binary data";
            case MISSING -> "nothing";
        };
    }

    /**
     * What a value of the declared type looks like in JSON: "an integer (int)", "an array
     * (List<Item>)", "one of [RED, GREEN]". The type's name is the command's own, as its
     * signature declares it.
     */
    static String expected(JavaType type, JsonMapper mapper) {
        if (type.getRawClass() == Optional.class) {
            return expected(type.containedTypeOrUnknown(0), mapper);
        }
        return expected(type.getRawClass(), TypeNames.simple(type), mapper);
    }

    /**
     * What a value inside an argument looks like in JSON, when Jackson names only its class: a
     * list or a map is "an array" or "an object", without the class Jackson chose to build
     * ({@code ArrayList}, {@code LinkedHashMap}), which the command never declared.
     */
    static String expectedWithin(Class<?> raw, JsonMapper mapper) {
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "an object";
        }
        return expected(raw, TypeNames.simple(raw), mapper);
    }

    private static String expected(Class<?> raw, String name, JsonMapper mapper) {
        if (raw.isEnum()) {
            return "one of " + choices(raw, mapper);
        }
        if (CharSequence.class.isAssignableFrom(raw) || raw == char.class || raw == Character.class) {
            return "a string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "a boolean";
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == Integer.class
                || raw == Long.class || raw == Short.class || raw == Byte.class || raw == BigInteger.class) {
            return "an integer (" + name + ")";
        }
        if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class) {
            return "a number (" + name + ")";
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return "an array (" + name + ")";
        }
        if (raw.getName().startsWith("java.time.")) {
            return "an ISO-8601 string (" + name + ")";
        }
        if (raw == java.util.UUID.class) {
            return "a UUID string (" + name + ")";
        }
        if (raw == java.net.URI.class || raw == java.net.URL.class) {
            return "a URI string (" + name + ")";
        }
        if (raw == java.nio.file.Path.class || raw == java.io.File.class) {
            return "a path string (" + name + ")";
        }
        if (Map.class.isAssignableFrom(raw) || !raw.getName().startsWith("java.")) {
            return "an object (" + name + ")";
        }
        return "a value of type " + name;
    }

    /**
     * An enum's values as the mapper writes them, which is how it reads them too: its
     * {@code @JsonProperty} names, or {@code toString()} as Jackson 3 does by default.
     */
    private static String choices(Class<?> type, JsonMapper mapper) {
        StringJoiner choices = new StringJoiner(", ", "[", "]");
        for (Object constant : type.getEnumConstants()) {
            String choice;
            try {
                JsonNode written = mapper.valueToTree(constant);
                choice = written.isString() ? written.stringValue() : written.toString();
            }
            catch (JacksonException ex) {
                choice = ((Enum<?>) constant).name();
            }
            choices.add(choice);
        }
        return choices.toString();
    }

    /**
     * Whether values of the class are written as JSON strings of a particular form (dates, UUIDs,
     * URIs), so a string of the wrong form is still "a string". Enums list their choices instead.
     */
    static boolean isWrittenAsString(Class<?> raw) {
        return raw.getName().startsWith("java.time.") || raw == java.util.UUID.class
                || raw == java.net.URI.class || raw == java.net.URL.class || raw == java.nio.file.Path.class
                || raw == java.io.File.class;
    }

    /**
     * " at line L, column C" for a parse error, or nothing.
     */
    static String location(JacksonException ex) {
        TokenStreamLocation location = ex.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
