package dev.jtauri.support;

import java.lang.reflect.Method;
import java.lang.reflect.Type;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeBindings;

/**
 * The Jackson type work done once per method: generic types resolved against the bean's own
 * class, and writers that keep the runtime type where it matters.
 */
public final class JacksonTypes {

    private JacksonTypes() {
    }

    /**
     * A method's parameter or return type with the type variables of its declaring class bound as
     * the bean's class binds them: {@code T} of {@code Crud<T>} is {@code Note} on a
     * {@code NoteCrud extends Crud<Note>}.
     * @param mapper the mapper
     * @param type the generic type, from {@code method.getGeneric...Type()}
     * @param beanType the bean's class (not a proxy's)
     * @param method the method
     * @return the resolved type
     */
    public static JavaType resolve(JsonMapper mapper, Type type, Class<?> beanType, Method method) {
        JavaType declaring = mapper.getTypeFactory().constructType(beanType).findSuperType(method.getDeclaringClass());
        TypeBindings bindings = (declaring != null) ? declaring.getBindings() : TypeBindings.emptyBindings();
        return mapper.getTypeFactory().resolveMemberType(type, bindings);
    }

    /**
     * A writer for values declared as a type. For a final type or a container it is made for that
     * type once; otherwise the runtime type decides, so a subclass's properties are not lost.
     * @param mapper the mapper
     * @param type the declared type
     * @return the writer
     */
    public static ObjectWriter writerFor(JsonMapper mapper, JavaType type) {
        if (type.isFinal() || type.isPrimitive() || type.isContainerType()) {
            return mapper.writerFor(type);
        }
        return mapper.writer();
    }
}
