package dev.jtauri.autoconfigure;

import dev.jtauri.runtime.TauriRuntime;

/**
 * Customizes the {@link TauriRuntime} the auto-configuration builds: add argument resolvers,
 * change the payload limit, use another JSON mapper. Declare one as a bean; customizers run in
 * {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface TauriRuntimeCustomizer {

    /**
     * Customize the builder before the runtime is built.
     * @param builder the builder
     */
    void customize(TauriRuntime.Builder builder);
}
