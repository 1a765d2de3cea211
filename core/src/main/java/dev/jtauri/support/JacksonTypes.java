package dev.jtauri.support;

import java.lang.reflect.Method;
import java.lang.reflect.Type;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeBindings;

/**
 * The Jackson type work done once per method: generic types resolved against the bean's own
 * class, writers that keep the runtime type where it matters, and readers and writers whose
 * (de)serializers are found when first used.
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
     * type once; otherwise the runtime type decides, so a subclass's properties are not lost. Its
     * serializer is found at its first use, not now ({@link #readerFor}).
     * @param mapper the mapper
     * @param type the declared type
     * @return the writer
     */
    public static ObjectWriter writerFor(JsonMapper mapper, JavaType type) {
        if (type.isFinal() || type.isPrimitive() || type.isContainerType()) {
            return mapper.writer().without(SerializationFeature.EAGER_SERIALIZER_FETCH).forType(type);
        }
        return mapper.writer();
    }

    /**
     * A reader of a type, whose deserializer is found at its first use, not now. Readers and
     * writers are made as commands and listeners register, while the context starts: made
     * eagerly, the types of jtauri's ~130 built-in commands cost every start ~0.1 s on the main
     * thread. Jackson's eager fetch reports no error either, so nothing is caught later.
     * @param mapper the mapper
     * @param type the type to read
     * @return the reader
     */
    public static ObjectReader readerFor(JsonMapper mapper, JavaType type) {
        return mapper.reader().without(DeserializationFeature.EAGER_DESERIALIZER_FETCH).forType(type);
    }
}
