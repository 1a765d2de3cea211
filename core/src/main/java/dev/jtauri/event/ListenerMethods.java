package dev.jtauri.event;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.jtauri.Event;
import dev.jtauri.EventTarget;
import dev.jtauri.TauriListener;
import dev.jtauri.command.AnnotatedMethods;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.command.JacksonTypes;
import dev.jtauri.command.TypeNames;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link TauriListener @TauriListener} methods as Java listeners. Each method is
 * checked and its payload reader made once, at registration; a method that cannot listen fails
 * the registration, naming it.
 */
public final class ListenerMethods {

    private final EventBus events;

    private final JsonMapper mapper;

    /**
     * Create the registrar.
     * @param events the bus to listen on
     * @param mapper decodes payloads
     */
    public ListenerMethods(EventBus events, JsonMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * Register every {@link TauriListener @TauriListener} method of an object, found on its own
     * class and superclasses. For code without Spring.
     * @param bean the object
     * @return the listeners' ids
     */
    public List<Long> registerAll(Object bean) {
        List<Long> ids = new ArrayList<>();
        for (Method method : AnnotatedMethods.find(bean.getClass(), TauriListener.class)) {
            ids.add(register(method.getAnnotation(TauriListener.class), null, bean, bean.getClass(), method, method));
        }
        return ids;
    }

    /**
     * Register one listener method.
     * @param annotation the method's annotation
     * @param beanName the bean's name for messages, or {@code null}
     * @param bean the object to call the method on (a proxy, possibly)
     * @param beanType the bean's own class, against which generic types are resolved
     * @param method the annotated method on the user's class
     * @param invocableMethod the method to call on {@code bean}
     * @return the listener's id
     * @throws CommandDefinitionException when the method cannot listen
     */
    public long register(TauriListener annotation, @Nullable String beanName, Object bean, Class<?> beanType,
            Method method, Method invocableMethod) {
        String description = TypeNames.method(method) + ((beanName != null) ? " on bean '" + beanName + "'" : "");
        if (!EventNames.isValid(annotation.value())) {
            throw new CommandDefinitionException("@TauriListener(\"" + annotation.value() + "\") on " + description
                    + ": an event name " + EventNames.RULE);
        }
        if (method.getParameterCount() > 1) {
            throw new CommandDefinitionException("@TauriListener method " + description + " takes "
                    + method.getParameterCount() + " parameters; it may take none, an Event, or the payload");
        }
        AnnotatedMethods.makeAccessible(invocableMethod);
        Consumer<Event> handler = handler(bean, beanType, method, invocableMethod, description);
        EventTarget target = annotation.any() ? EventTarget.any() : EventTarget.app();
        return this.events.listen(target, annotation.value(), handler, false);
    }

    private Consumer<Event> handler(Object bean, Class<?> beanType, Method method, Method invocableMethod,
            String description) {
        if (method.getParameterCount() == 0) {
            return (event) -> invoke(bean, invocableMethod, description, new Object[0]);
        }
        if (method.getParameterTypes()[0] == Event.class) {
            return (event) -> invoke(bean, invocableMethod, description, new Object[] { event });
        }
        ObjectReader reader = this.mapper.readerFor(
                JacksonTypes.resolve(this.mapper, method.getGenericParameterTypes()[0], beanType, method));
        return (event) -> {
            Object payload = reader.readValue(event.payload());
            invoke(bean, invocableMethod, description, new @Nullable Object[] { payload });
        };
    }

    private static void invoke(Object bean, Method method, String description, @Nullable Object[] arguments) {
        try {
            method.invoke(bean, arguments);
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getTargetException();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Listener " + description + " failed", cause);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException("Listener " + description + " cannot be called", ex);
        }
    }
}
