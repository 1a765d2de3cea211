package dev.jtauri.command;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dev.jtauri.support.TypeNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Words for what a JSON value is and what a Java type expects, for argument errors such as
 * "expected an integer (int), got a string". They describe kinds, never values.
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
     * What a value of the type looks like in JSON: "an integer (int)", "one of [RED, GREEN]".
     */
    static String expected(JavaType type) {
        if (type.getRawClass() == Optional.class) {
            return expected(type.containedTypeOrUnknown(0));
        }
        return expected(type.getRawClass(), TypeNames.simple(type));
    }

    /**
     * What a value of the class looks like in JSON.
     */
    static String expected(Class<?> raw, String name) {
        if (raw.isEnum()) {
            return "one of " + Arrays.toString(raw.getEnumConstants());
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
        if (Map.class.isAssignableFrom(raw) || !raw.getName().startsWith("java.")) {
            return "an object (" + name + ")";
        }
        return "a value of type " + name;
    }

    /**
     * Whether values of the class are written as JSON strings of a particular form (dates, UUIDs,
     * URIs), so a string of the wrong form is still "a string". Enums list their choices instead.
     */
    static boolean isWrittenAsString(Class<?> raw) {
        return raw.getName().startsWith("java.time.") || raw == java.util.UUID.class
                || raw == java.net.URI.class || raw == java.net.URL.class;
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
