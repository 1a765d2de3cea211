package dev.jtauri.autoconfigure;

import org.springframework.core.env.Environment;

/**
 * The app's name, in one place: {@code tauri.identifier}, else {@code spring.application.name},
 * else the app's main class, as {@code SpringApplication} found it. It names the app's CEF
 * profile, which one process at a time may use (so two apps must not share it), and the windows
 * that set no title.
 */
public final class AppNames {

    /**
     * Where {@link TauriRunListener} puts the main class of the {@code SpringApplication} being
     * run, for apps that give themselves no name.
     */
    public static final String MAIN_CLASS_PROPERTY = "jtauri.main-application-class";

    /** The name of an app that has none of the above: a context built by hand, as in a test. */
    public static final String UNNAMED = "jtauri";

    private AppNames() {
    }

    /**
     * The app's name.
     * @param properties the app's configuration
     * @param environment the environment
     * @return the name
     */
    public static String of(TauriProperties properties, Environment environment) {
        if (properties.getIdentifier() != null) {
            return properties.getIdentifier();
        }
        String applicationName = environment.getProperty("spring.application.name");
        if (applicationName != null && !applicationName.isBlank()) {
            return applicationName;
        }
        return environment.getProperty(MAIN_CLASS_PROPERTY, UNNAMED);
    }
}
