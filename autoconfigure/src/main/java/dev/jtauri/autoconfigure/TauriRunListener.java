package dev.jtauri.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.jtauri.autoconfigure.webview.CefEarlyStart;
import dev.jtauri.autoconfigure.webview.Displays;
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
import org.springframework.util.ClassUtils;

/**
 * jtauri's part in each {@code SpringApplication} run:
 * <ul>
 * <li>It names the app after its main class when nothing else names it ({@link AppNames}), and
 * where windows will open, makes AWT not headless and gets ready what CEF's start needs first, in
 * the background; then it starts CEF as soon as the context is prepared, before its
 * configuration is parsed.</li>
 * <li>It holds the main thread while the app's windows are open, once the application is ready:
 * after {@code ApplicationReadyEvent} has been published and every runner has run, so that
 * listeners and runners of the app do not wait for the app to end. This is where
 * {@code SpringApplication.run} returns from when the app ends, as PyTauri's {@code run_return}
 * does.</li>
 * <li>When the startup fails before the context is up, it disposes CEF if it was started (early,
 * beside the context), so that the JVM ends with no Chromium process left. A context that is up
 * is closed next, and its window host ends the app as it always does: windows first.</li>
 * </ul>
 */
public class TauriRunListener implements SpringApplicationRunListener, Ordered {

    private static final boolean JCEF_PRESENT = ClassUtils.isPresent("dev.jtauri.webview.jcef.CefEngine",
            TauriRunListener.class.getClassLoader());

    // Long enough for a first run, whose natives install may be under way.
    private static final Duration CEF_DISPOSE_TIMEOUT = Duration.ofSeconds(60);

    private final SpringApplication application;

    private boolean startedCef;

    /**
     * Created by Spring Boot for each {@link SpringApplication} run.
     * @param application the application
     * @param args its arguments
     */
    public TauriRunListener(SpringApplication application, String[] args) {
        this.application = application;
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
            if (environment.getProperty("tauri.webview.early-start", Boolean.class, true)) {
                Cef.prepare();
            }
        }
    }

    /** As far as the environment tells before the context exists: windows will open. */
    private static boolean windowsWillOpen(ConfigurableEnvironment environment) {
        return environment.getProperty("tauri.webview.enabled", Boolean.class, true) && Displays.available(environment);
    }

    /**
     * The environment is final here (test defaults included), and the context has no bean yet:
     * the earliest point where CEF can start from the app's own configuration. Its start then
     * overlaps the parsing of the app's configuration classes as well as the beans' creation.
     */
    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (JCEF_PRESENT && windowsWillOpen(environment)) {
            this.startedCef = Cef.start(environment);
        }
    }

    /**
     * An app whose own {@code WebviewHost} replaced jtauri's does not use the CEF started for it
     * early: it is disposed, so that no Chromium process outlives the app.
     */
    @Override
    public void started(ConfigurableApplicationContext context, @Nullable Duration timeTaken) {
        if (this.startedCef && context.getBeanNamesForType(Cef.HOST).length == 0) {
            Cef.disposeIfStarted();
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
        if (JCEF_PRESENT && (context == null || !context.isActive())) {
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

        static boolean start(ConfigurableEnvironment environment) {
            return CefEarlyStart.start(environment);
        }

        static void disposeIfStarted() {
            CefEngine.disposeIfStarted(CEF_DISPOSE_TIMEOUT);
        }
    }
}
