package dev.jtauri.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.support.JacksonTypes;
import dev.jtauri.support.MethodTarget;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a command's return value into a response body, by the method's declared return type,
 * worked out once: {@code void} is {@code null}, {@code byte[]} goes raw, a
 * {@link CompletionStage} is awaited, anything else is written as JSON by a writer made for
 * exactly that (generic) type.
 */
final class ResultWriter {

    private enum Kind { VOID, RAW, JSON, ASYNC }

    private final Kind kind;

    private final @Nullable ObjectWriter writer;

    private final @Nullable ResultWriter eventual;

    private ResultWriter(Kind kind, @Nullable ObjectWriter writer, @Nullable ResultWriter eventual) {
        this.kind = kind;
        this.writer = writer;
        this.eventual = eventual;
    }

    static ResultWriter forMethod(MethodTarget target, JsonMapper mapper, String description) {
        JavaType type = target.returnType(mapper);
        if (Future.class.isAssignableFrom(type.getRawClass()) && !CompletionStage.class.isAssignableFrom(type.getRawClass())) {
            throw new CommandDefinitionException(description + " returns a " + type.getRawClass().getSimpleName()
                    + ", which cannot be awaited without blocking; return a CompletionStage (a CompletableFuture) instead");
        }
        return forType(type, mapper);
    }

    private static ResultWriter forType(JavaType type, JsonMapper mapper) {
        Class<?> raw = type.getRawClass();
        if (raw == void.class || raw == Void.class) {
            return new ResultWriter(Kind.VOID, null, null);
        }
        if (raw == byte[].class) {
            return new ResultWriter(Kind.RAW, null, null);
        }
        if (CompletionStage.class.isAssignableFrom(raw)) {
            JavaType[] parameters = type.findTypeParameters(CompletionStage.class);
            JavaType result = (parameters.length == 1) ? parameters[0] : mapper.getTypeFactory().constructType(Object.class);
            return new ResultWriter(Kind.ASYNC, null, forType(result, mapper));
        }
        return new ResultWriter(Kind.JSON, JacksonTypes.writerFor(mapper, type), null);
    }

    /**
     * The body for a return value.
     * @param value what the method returned
     * @param continuation where to write the result of an async command
     * @return the body, complete at once unless the command is async
     */
    CompletionStage<InvokeBody> write(@Nullable Object value, Executor continuation) {
        if (this.kind == Kind.ASYNC) {
            if (value == null) {
                return CompletableFuture.completedFuture(this.eventual.writeNow(null));
            }
            // The stage may complete on any thread (a UI callback, say), so the JSON work hops
            // back to the portal.
            return ((CompletionStage<?>) value).thenApplyAsync(this.eventual::writeNow, continuation);
        }
        return CompletableFuture.completedFuture(writeNow(value));
    }

    private InvokeBody writeNow(@Nullable Object value) {
        return switch (this.kind) {
            case VOID -> InvokeBody.NULL;
            case RAW -> (value != null) ? InvokeBody.raw((byte[]) value) : InvokeBody.NULL;
            case JSON -> InvokeBody.json(this.writer.writeValueAsString(value));
            case ASYNC -> throw new IllegalStateException("A CompletionStage that completed with a CompletionStage");
        };
    }
}
