package dev.jtauri.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.jtauri.autoconfigure.webview.Displays;
import dev.jtauri.autoconfigure.webview.EarlyStart;
import dev.jtauri.webview.jcef.CefEngine;
import dev.jtauri.webview.jcef.JcefWebviewHost;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * jtauri's part in each {@code SpringApplication} run:
 * <ul>
 * <li>It names the app after its main class when nothing else names it ({@link AppNames}), and
 * where windows will open, makes AWT not headless and starts CEF as soon as the environment is
 * prepared, before the context is created, and the app's windows as soon as CEF is ready
 * ({@link EarlyStart}). In a Spring Boot test, whose environment is final only once the context
 * is prepared, they start then.</li>
 * <li>It holds the main thread while the app's windows are open, once the application is ready:
 * after {@code ApplicationReadyEvent} has been published and every runner has run, so that
 * listeners and runners of the app do not wait for the app to end. This is where
 * {@code SpringApplication.run} returns from when the app ends, as PyTauri's {@code run_return}
 * does.</li>
 * <li>When the startup fails before the context is up, it ends what it started early (windows,
 * then CEF), so that the JVM ends with no Chromium process left. A context that is up is closed
 * next, and its window host ends the app as it always does: windows first.</li>
 * </ul>
 */
public class TauriRunListener implements SpringApplicationRunListener, Ordered {

    private static final boolean JCEF_PRESENT = ClassUtils.isPresent("dev.jtauri.webview.jcef.CefEngine",
            TauriRunListener.class.getClassLoader());

    // TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, spring-test being absent at runtime.
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    // AbstractAotProcessor.AOT_PROCESSING, set while a build's AOT processing runs the app.
    private static final String AOT_PROCESSING = "spring.aot.processing";

    private final SpringApplication application;

    // What started early in this run: CEF, and the windows when they open early.
    private @Nullable EarlyStart earlyStart;

    /**
     * Created by Spring Boot for each {@link SpringApplication} run.
     * @param application the application
     * @param args its arguments
     */
    public TauriRunListener(SpringApplication application, String[] args) {
        this.application = application;
    }

    /**
     * Where a display is there, what CEF's start needs first loads in the background from here,
     * before the environment is known: it is no more than the loading of native access.
     */
    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (JCEF_PRESENT && Displays.available(System.getProperty("os.name", ""), System.getenv())) {
            Cef.prepare();
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        Class<?> mainClass = this.application.getMainApplicationClass();
        if (mainClass != null) {
            environment.getPropertySources().addLast(new MapPropertySource("jtauriMainApplicationClass",
                    Map.of(AppNames.MAIN_CLASS_PROPERTY, mainClass.getName())));
        }
        if (JCEF_PRESENT && windowsWillOpen(environment)) {
            // Spring Boot made AWT headless; windows need it not to be, before anything in the
            // context touches AWT (which fixes the choice for the JVM's life).
            System.setProperty("java.awt.headless", "false");
            if (!isTestContext(environment)) {
                this.earlyStart = EarlyStart.start(environment, resourceLoader());
            }
        }
    }

    /**
     * A Spring Boot test's environment is not final yet: test defaults, such as jtauri-test's
     * windows-off default, come in as the context is prepared. Every Spring Boot test bootstrapper
     * puts a property of its own in the test's inlined properties, which are there from the start.
     */
    private static boolean isTestContext(ConfigurableEnvironment environment) {
        return environment.getPropertySources().contains(INLINED_TEST_PROPERTIES);
    }

    private ResourceLoader resourceLoader() {
        ResourceLoader own = this.application.getResourceLoader();
        return (own != null) ? own : new DefaultResourceLoader(this.application.getClassLoader());
    }

    /**
     * As far as the environment tells before the context exists: windows will open. Never in a
     * build's AOT processing, which runs the app only to its bean definitions.
     */
    private static boolean windowsWillOpen(ConfigurableEnvironment environment) {
        return !Boolean.getBoolean(AOT_PROCESSING) && environment.getProperty("tauri.webview.enabled", Boolean.class, true)
                && Displays.available(environment);
    }

    /**
     * What started early is handed to the context, for its host bean. In a test, the environment
     * is final only here (test defaults included): CEF and the windows start here then.
     */
    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (JCEF_PRESENT && isTestContext(environment) && windowsWillOpen(environment)) {
            this.earlyStart = EarlyStart.start(environment, context);
        }
        if (this.earlyStart != null) {
            this.earlyStart.register(context);
        }
    }

    /**
     * An app whose own {@code WebviewHost} replaced jtauri's does not use what started for it
     * early: the windows close and CEF is disposed, so that no Chromium process outlives the app.
     */
    @Override
    public void started(ConfigurableApplicationContext context, @Nullable Duration timeTaken) {
        if (this.earlyStart != null && context.getBeanNamesForType(Cef.HOST).length == 0) {
            this.earlyStart.end();
        }
    }

    @Override
    public void ready(ConfigurableApplicationContext context, @Nullable Duration timeTaken) {
        TauriApplicationRunner runner = context.getBeanProvider(TauriApplicationRunner.class).getIfUnique();
        if (runner == null) {
            return;
        }
        try {
            runner.awaitExit();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
        if (!JCEF_PRESENT || (context != null && context.isActive())) {
            return;
        }
        if (this.earlyStart != null) {
            this.earlyStart.end();
        }
        else {
            Cef.disposeIfStarted();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Apart, so that this listener loads without jtauri-webview-jcef on the classpath. */
    private static final class Cef {

        static final Class<?> HOST = JcefWebviewHost.class;

        static void prepare() {
            CefEngine.prepare();
        }

        static void disposeIfStarted() {
            EarlyStart.disposeCef();
        }
    }
}
