package dev.jtauri.event;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.jtauri.EventTarget;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * The {@code kind} of an {@link EventTarget} in JSON: the name of its record ({@code Any},
 * {@code AnyLabel}, {@code App}, {@code Window}, {@code Webview}, {@code WebviewWindow}), as
 * Tauri names its variants. Jackson uses it through the annotations on {@link EventTarget}; an
 * unknown kind is an error, not an {@link EventTarget.AnyLabel} (the type's default, which only
 * a bare label string or an object without a kind becomes).
 */
public final class EventTargetKinds extends TypeIdResolverBase {

    private static final Map<String, Class<? extends EventTarget>> BY_KIND = List.of(EventTarget.Any.class,
            EventTarget.App.class, EventTarget.AnyLabel.class, EventTarget.Window.class, EventTarget.Webview.class,
            EventTarget.WebviewWindow.class).stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    /** The kinds, for messages. */
    public static final List<String> KINDS = BY_KIND.keySet().stream().sorted().toList();

    @Override
    public String idFromValue(DatabindContext context, Object value) {
        return value.getClass().getSimpleName();
    }

    @Override
    public String idFromValueAndType(DatabindContext context, Object value, Class<?> type) {
        return type.getSimpleName();
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<? extends EventTarget> type = BY_KIND.get(id);
        if (type == null) {
            // The kind is whatever the page sent, so it is not quoted.
            throw InvalidTypeIdException.from(null, "unknown kind of EventTarget, expected one of " + KINDS,
                    this._baseType, id);
        }
        return context.constructType(type);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
