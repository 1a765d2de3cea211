package dev.jtauri.autoconfigure;

import java.util.concurrent.Executor;

import dev.jtauri.AppHandle;
import dev.jtauri.PackageInfo;
import dev.jtauri.acl.UnknownPermissionException;
import dev.jtauri.async.AsyncTools;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.path.PathResolver;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.runtime.TauriRuntime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal, {@link AsyncTools}, the {@link TauriRuntime} and its {@link AppHandle}, and the
 * discovery of commands.
 */
@Configuration(proxyBeanMethods = false)
class TauriRuntimeConfiguration {

    @Bean(destroyMethod = "stop")
    @ConditionalOnMissingBean
    BlockingPortal tauriBlockingPortal(@Qualifier(TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME) Executor executor) {
        return new BlockingPortal(executor);
    }

    @Bean
    @ConditionalOnMissingBean
    AsyncTools asyncTools(BlockingPortal portal,
            @Qualifier(TauriAutoConfiguration.BLOCKING_EXECUTOR_BEAN_NAME) Executor blockingExecutor,
            TauriProperties properties) {
        return new AsyncTools(portal, blockingExecutor, properties.getAsync().getShutdownTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    TauriRuntime tauriRuntime(BlockingPortal portal,
            @Qualifier(TauriAutoConfiguration.EVENT_EXECUTOR_BEAN_NAME) Executor eventExecutor, AsyncTools asyncTools,
            TauriProperties properties, ObjectProvider<JsonMapper> jsonMapper,
            ObjectProvider<ArgumentResolver> argumentResolvers, ObjectProvider<ExceptionTranslator> exceptionTranslators,
            ObjectProvider<TauriPlugin> plugins, ObjectProvider<TauriRuntimeCustomizer> customizers,
            PackageInfo packageInfo, PathResolver pathResolver, ResourceLoader resourceLoader,
            Environment environment) {
        TauriRuntime.Builder builder = TauriRuntime.builder(portal)
            .identifier(AppNames.identifier(properties, environment))
            .packageInfo(packageInfo)
            .pathResolver(pathResolver)
            .defaultWindowIcon(AppIcons.load(properties, resourceLoader))
            .eventExecutor(eventExecutor)
            .maxPayloadSize(properties.getIpc().getMaxPayloadSize().toBytes())
            .jsonLimits(properties.getIpc().toJsonLimits())
            .callLimits(properties.getIpc().toCallLimits())
            .argumentResolvers(argumentResolvers.orderedStream().toList())
            .exceptionTranslators(exceptionTranslators.orderedStream().toList())
            .plugins(plugins.orderedStream().toList())
            .capabilities(CapabilitySources.load(properties.getApp().getSecurity(),
                    ResourcePatternUtils.getResourcePatternResolver(resourceLoader)));
        jsonMapper.ifUnique(builder::jsonMapper);
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        TauriRuntime runtime = build(builder, environment);
        // AsyncTools is app state as well as a bean, as in PyTauri's seed.
        runtime.appHandle().manage(AsyncTools.class, asyncTools);
        return runtime;
    }

    /** Build the runtime; a permission of a plugin switched off by its property says so. */
    private static TauriRuntime build(TauriRuntime.Builder builder, Environment environment) {
        try {
            return builder.build();
        }
        catch (UnknownPermissionException ex) {
            String plugin = ex.missingPlugin();
            String property = "tauri.plugins." + plugin + ".enabled";
            if (plugin != null && "false".equalsIgnoreCase(environment.getProperty(property))) {
                throw new UnknownPermissionException(ex.getMessage() + "; it is switched off by " + property + "=false",
                        ex.permission(), plugin);
            }
            throw ex;
        }
    }

    @Bean
    @ConditionalOnMissingBean
    AppHandle appHandle(TauriRuntime runtime) {
        return runtime.appHandle();
    }

    @Bean
    static TauriMethodProcessor tauriMethodProcessor() {
        return new TauriMethodProcessor();
    }

    @Bean
    @ConditionalOnMissingBean
    MethodValidationExceptionTranslator methodValidationExceptionTranslator() {
        return new MethodValidationExceptionTranslator();
    }
}
