package dev.jtauri.command;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Optional;

import dev.jtauri.support.MethodTarget;
import dev.jtauri.support.TypeNames;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One parameter of a command method, as {@link ArgumentResolver}s see it at registration: its
 * name, its generic type as Jackson resolves it, its annotations and whether it may be left out.
 */
public final class CommandParameter {

    private final String commandName;

    private final String methodDescription;

    private final Parameter parameter;

    private final int index;

    private final JavaType type;

    private final JsonMapper mapper;

    private final boolean nullable;

    CommandParameter(String commandName, MethodTarget target, int index, JsonMapper mapper) {
        this.commandName = commandName;
        this.methodDescription = target.description();
        this.parameter = target.method().getParameters()[index];
        this.index = index;
        this.mapper = mapper;
        this.type = target.parameterType(mapper, index);
        this.nullable = !this.parameter.getType().isPrimitive()
                && (hasNullable(this.parameter.getAnnotatedType().getAnnotations())
                        || hasNullable(this.parameter.getAnnotations()));
    }

    /**
     * The command's name.
     * @return the name the page invokes
     */
    public String commandName() {
        return this.commandName;
    }

    /**
     * The method, as {@code Bean#method(Type, ...)}.
     * @return the description
     */
    public String methodDescription() {
        return this.methodDescription;
    }

    /**
     * The parameter's position.
     * @return the index, from 0
     */
    public int index() {
        return this.index;
    }

    /**
     * The parameter's name, the key of its JSON argument.
     * @return the name; {@code argN} when the class was compiled without {@code -parameters}
     */
    public String name() {
        return this.parameter.getName();
    }

    /**
     * Whether the class file kept the parameter's name.
     * @return true when compiled with {@code -parameters}
     */
    public boolean isNamePresent() {
        return this.parameter.isNamePresent();
    }

    /**
     * The parameter's class.
     * @return the raw type
     */
    public Class<?> rawType() {
        return this.parameter.getType();
    }

    /**
     * The parameter's generic type, as declared.
     * @return the type
     */
    public Type genericType() {
        return this.parameter.getParameterizedType();
    }

    /**
     * The parameter's type as Jackson resolves it.
     * @return the type
     */
    public JavaType type() {
        return this.type;
    }

    /**
     * The type's n-th type argument, such as {@code Item} for {@code Channel<Item>}.
     * @param n which argument
     * @return the argument, or {@code Object} when the type is raw
     */
    public JavaType typeArgument(int n) {
        return this.type.containedTypeOrUnknown(n);
    }

    /**
     * The parameter's annotation of a type.
     * @param annotationType the annotation's type
     * @return the annotation, or {@code null}
     */
    public <A extends Annotation> @Nullable A getAnnotation(Class<A> annotationType) {
        return this.parameter.getAnnotation(annotationType);
    }

    /**
     * Whether the parameter carries an annotation.
     * @param annotationType the annotation's type
     * @return true when present
     */
    public boolean hasAnnotation(Class<? extends Annotation> annotationType) {
        return this.parameter.isAnnotationPresent(annotationType);
    }

    /**
     * Whether the argument may be left out: an {@link Optional}, or a type annotated
     * {@code @Nullable} (JSpecify, or any annotation of that simple name).
     * @return true when optional
     */
    public boolean isOptional() {
        return rawType() == Optional.class || isNullable();
    }

    /**
     * Whether {@code null} is an acceptable value: a reference type annotated {@code @Nullable}.
     * @return true when nullable
     */
    public boolean isNullable() {
        return this.nullable;
    }

    /**
     * The JSON mapper arguments are read with, for the readers and writers a binder makes.
     * @return the mapper
     */
    public JsonMapper jsonMapper() {
        return this.mapper;
    }

    /**
     * A short description for messages: {@code argument 'name' (String)}.
     * @return the description
     */
    public String describe() {
        return "argument '" + name() + "' (" + TypeNames.simple(this.type) + ")";
    }

    @Override
    public String toString() {
        return "parameter '" + name() + "' of " + this.methodDescription;
    }

    private static boolean hasNullable(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
