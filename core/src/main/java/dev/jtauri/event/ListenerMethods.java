package dev.jtauri.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.jtauri.Event;
import dev.jtauri.EventTarget;
import dev.jtauri.TauriListener;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.support.JacksonTypes;
import dev.jtauri.support.MethodTarget;
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
        for (MethodTarget target : MethodTarget.annotated(bean, TauriListener.class)) {
            ids.add(register(target.method().getAnnotation(TauriListener.class), target));
        }
        return ids;
    }

    /**
     * Register one listener method.
     * @param annotation the method's annotation
     * @param target the method and its bean
     * @return the listener's id
     * @throws CommandDefinitionException when the method cannot listen
     */
    public long register(TauriListener annotation, MethodTarget target) {
        if (!EventNames.isValid(annotation.value())) {
            throw new CommandDefinitionException("@TauriListener(\"" + annotation.value() + "\") on "
                    + target.description() + ": an event name " + EventNames.RULE);
        }
        int parameterCount = target.method().getParameterCount();
        if (parameterCount > 1) {
            throw new CommandDefinitionException("@TauriListener method " + target.description() + " takes "
                    + parameterCount + " parameters; it may take none, an Event, or the payload");
        }
        EventTarget listensAs = annotation.any() ? EventTarget.any() : EventTarget.app();
        return this.events.listen(listensAs, annotation.value(), handler(target), false);
    }

    /** The handler, its payload reader made once here rather than at each event. */
    private Consumer<Event> handler(MethodTarget target) {
        if (target.method().getParameterCount() == 0) {
            return (event) -> call(target);
        }
        if (target.method().getParameterTypes()[0] == Event.class) {
            return (event) -> call(target, event);
        }
        ObjectReader reader = JacksonTypes.readerFor(this.mapper, target.parameterType(this.mapper, 0));
        return (event) -> {
            Object payload = reader.readValue(event.payload());
            call(target, payload);
        };
    }

    private static void call(MethodTarget target, @Nullable Object... arguments) {
        try {
            target.invoke(arguments);
        }
        catch (RuntimeException | Error ex) {
            throw ex;
        }
        catch (Throwable ex) {
            throw new IllegalStateException("Listener " + target + " failed", ex);
        }
    }
}
