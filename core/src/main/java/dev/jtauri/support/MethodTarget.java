package dev.jtauri.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An annotated bean method as jtauri calls it: the bean, the method as the user declared it,
 * the method to call on the bean, and a description for messages. Built once at registration
 * and shared by commands and listeners, as Spring's {@code HandlerMethod} serves every kind of
 * annotated method. Immutable.
 *
 * <p>Two methods, because the bean may be a proxy: names, annotations and generic types come
 * from the user's method, while the call goes through the proxy's, so that
 * {@code @Transactional}, {@code @Validated} and other advice apply.
 */
public final class MethodTarget {

    private final Object bean;

    private final Class<?> beanType;

    private final Method method;

    private final Method invocableMethod;

    private final String description;

    /**
     * Create the target of a bean method.
     * @param beanName the bean's name for messages, or {@code null} when it has none
     * @param bean the object to call the method on (a proxy, possibly)
     * @param beanType the bean's own class, against which generic types are resolved
     * @param method the method on the user's class
     * @param invocableMethod the method to call on {@code bean}: the same, or the proxy's
     */
    public MethodTarget(@Nullable String beanName, Object bean, Class<?> beanType, Method method,
            Method invocableMethod) {
        this.bean = Objects.requireNonNull(bean, "bean");
        this.beanType = Objects.requireNonNull(beanType, "beanType");
        this.method = Objects.requireNonNull(method, "method");
        this.invocableMethod = Objects.requireNonNull(invocableMethod, "invocableMethod");
        this.description = TypeNames.method(method) + ((beanName != null) ? " on bean '" + beanName + "'" : "");
        AnnotatedMethods.makeAccessible(invocableMethod);
    }

    /**
     * The methods of a plain object that carry an annotation, on its class and superclasses,
     * each called directly on the object. For code without Spring.
     * @param bean the object
     * @param annotation the annotation
     * @return the targets, in a stable order
     */
    public static List<MethodTarget> annotated(Object bean, Class<? extends Annotation> annotation) {
        return AnnotatedMethods.find(bean.getClass(), annotation).stream()
            .map((method) -> new MethodTarget(null, bean, bean.getClass(), method, method))
            .toList();
    }

    /**
     * The method as the user declared it.
     * @return the method
     */
    public Method method() {
        return this.method;
    }

    /**
     * The method for messages: {@code Bean#method(Type, ...)}, and the bean's name when known.
     * @return the description
     */
    public String description() {
        return this.description;
    }

    /**
     * A parameter's generic type as Jackson resolves it against the bean's class.
     * @param mapper the mapper
     * @param index the parameter's position
     * @return the type
     */
    public JavaType parameterType(JsonMapper mapper, int index) {
        return JacksonTypes.resolve(mapper, this.method.getGenericParameterTypes()[index], this.beanType, this.method);
    }

    /**
     * The return type as Jackson resolves it against the bean's class.
     * @param mapper the mapper
     * @return the type
     */
    public JavaType returnType(JsonMapper mapper) {
        return JacksonTypes.resolve(mapper, this.method.getGenericReturnType(), this.beanType, this.method);
    }

    /**
     * Call the method on the bean.
     * @param arguments the arguments
     * @return what the method returned
     * @throws Throwable what the method threw, with its own type (not wrapped in an
     * {@link InvocationTargetException})
     */
    public @Nullable Object invoke(@Nullable Object... arguments) throws Throwable {
        try {
            return this.invocableMethod.invoke(this.bean, arguments);
        }
        catch (InvocationTargetException ex) {
            throw ex.getTargetException();
        }
    }

    @Override
    public String toString() {
        return this.description;
    }
}
