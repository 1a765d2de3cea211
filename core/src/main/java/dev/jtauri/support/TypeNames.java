package dev.jtauri.support;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.databind.JavaType;

/**
 * Short, readable type and method names for messages: {@code List<Item>}, not
 * {@code java.util.List<com.example.Item>}.
 */
public final class TypeNames {

    private TypeNames() {
    }

    /**
     * A type's simple name with its type arguments.
     * @param type the type
     * @return the name
     */
    public static String simple(Type type) {
        if (type instanceof Class<?> cls) {
            return cls.isArray() ? simple(cls.getComponentType()) + "[]" : cls.getSimpleName();
        }
        if (type instanceof ParameterizedType parameterized) {
            return simple(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                .map(TypeNames::simple)
                .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType wildcard) {
            Type[] upper = wildcard.getUpperBounds();
            return (upper.length == 1 && upper[0] == Object.class) ? "?" : "? extends " + simple(upper[0]);
        }
        return type.getTypeName();
    }

    /**
     * A Jackson type's simple name with its type arguments.
     * @param type the type
     * @return the name
     */
    public static String simple(JavaType type) {
        if (type.isArrayType()) {
            return simple(type.getContentType()) + "[]";
        }
        if (type.containedTypeCount() == 0) {
            return type.getRawClass().getSimpleName();
        }
        StringBuilder name = new StringBuilder(type.getRawClass().getSimpleName()).append('<');
        for (int i = 0; i < type.containedTypeCount(); i++) {
            name.append((i > 0) ? ", " : "").append(simple(type.containedType(i)));
        }
        return name.append('>').toString();
    }

    /**
     * A method as {@code Declaring#name(ParamType, ...)}.
     * @param method the method
     * @return the description
     */
    public static String method(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName()
                + Arrays.stream(method.getGenericParameterTypes())
                    .map(TypeNames::simple)
                    .collect(Collectors.joining(", ", "(", ")"));
    }
}
