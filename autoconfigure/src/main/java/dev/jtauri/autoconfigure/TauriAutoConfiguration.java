package dev.jtauri.autoconfigure;

import dev.jtauri.autoconfigure.plugin.BuiltInPluginsConfiguration;
import dev.jtauri.autoconfigure.webview.JcefWebviewConfiguration;
import dev.jtauri.runtime.TauriRuntime;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for jtauri: the portal, blocking and event executors, {@link dev.jtauri.async.AsyncTools},
 * the app's {@link dev.jtauri.PackageInfo} and {@link dev.jtauri.path.PathResolver}, the
 * {@link TauriRuntime} with its {@link dev.jtauri.AppHandle} and built-in plugins, the discovery of
 * {@link dev.jtauri.TauriCommand @TauriCommand} and {@link dev.jtauri.TauriListener @TauriListener}
 * methods, the JCEF window host when a display is there, and the application runner.
 */
@AutoConfiguration(after = TaskExecutionAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(TauriProperties.class)
@Import({ TauriExecutorConfigurations.PlatformPortalExecutorConfiguration.class,
        TauriExecutorConfigurations.VirtualPortalExecutorConfiguration.class,
        TauriExecutorConfigurations.BlockingExecutorConfiguration.class,
        TauriExecutorConfigurations.EventExecutorConfiguration.class, TauriAppConfiguration.class,
        TauriRuntimeConfiguration.class, BuiltInPluginsConfiguration.class, JcefWebviewConfiguration.class,
        TauriRunnerConfiguration.class })
public final class TauriAutoConfiguration {

    /** The executor commands and task-group tasks run on. */
    public static final String PORTAL_EXECUTOR_BEAN_NAME = "tauriPortalExecutor";

    /** The executor of {@code AsyncTools.toAsync}. */
    public static final String BLOCKING_EXECUTOR_BEAN_NAME = "tauriBlockingExecutor";

    /** The executor Java event listeners run on. */
    public static final String EVENT_EXECUTOR_BEAN_NAME = "tauriEventExecutor";
}
