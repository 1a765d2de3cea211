package dev.jtauri.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The reflection that registering annotated methods (commands, listeners) without Spring needs.
 */
public final class AnnotatedMethods {

    private AnnotatedMethods() {
    }

    /**
     * The methods of a class and its superclasses that carry an annotation, bridge methods
     * left out, in a stable order.
     * @param type the class
     * @param annotation the annotation
     * @return the methods
     */
    public static List<Method> find(Class<?> type, Class<? extends Annotation> annotation) {
        List<Method> found = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            Method[] methods = current.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                if (method.isAnnotationPresent(annotation) && !method.isBridge()) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * Make a method callable when it or its class is not public, as bean classes and their
     * methods often are not.
     * @param method the method
     */
    public static void makeAccessible(Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            method.setAccessible(true);
        }
    }
}
