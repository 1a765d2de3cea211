package dev.jtauri.autoconfigure;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The app's names, in one place. Its name ({@link #of}): {@code tauri.identifier}, else
 * {@code spring.application.name}, else the app's main class, as {@code SpringApplication} found
 * it. It names the app's CEF profile, which one process at a time may use (so two apps must not
 * share it), and the windows that set no title. Its {@link #identifier identifier} names its
 * folders; its {@link #productName product name} is what {@code getName()} answers.
 */
public final class AppNames {

    /**
     * Where {@link TauriRunListener} puts the main class of the {@code SpringApplication} being
     * run, for apps that give themselves no name.
     */
    public static final String MAIN_CLASS_PROPERTY = "jtauri.main-application-class";

    /** The name of an app that has none of the above: a context built by hand, as in a test. */
    public static final String UNNAMED = "jtauri";

    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^A-Za-z0-9.-]");

    private AppNames() {
    }

    /**
     * The app's identifier, the name of its folders: {@code tauri.identifier}, else the app's name
     * ({@link #of}) made one: characters other than alphanumerics, {@code -} and {@code .}
     * become {@code -}, and empty segments go ({@code My Notes} is {@code My-Notes}).
     * @param properties the app's configuration
     * @param environment the environment
     * @return the identifier, never empty
     */
    public static String identifier(TauriProperties properties, Environment environment) {
        if (properties.getIdentifier() != null) {
            return properties.getIdentifier();
        }
        String name = NOT_IDENTIFIER.matcher(of(properties, environment)).replaceAll("-");
        String identifier = Arrays.stream(name.split("\\."))
            .filter((segment) -> !segment.isEmpty())
            .collect(Collectors.joining("."));
        return identifier.isEmpty() ? UNNAMED : identifier;
    }

    /**
     * The app's name, for people (Tauri's {@code productName}): {@code tauri.product-name}, else
     * {@code spring.application.name}, else the build info's name, else the simple name of the
     * main class, else the identifier.
     * @param properties the app's configuration
     * @param environment the environment
     * @param build the build info, if the app has one
     * @return the name
     */
    public static String productName(TauriProperties properties, Environment environment,
            @Nullable BuildProperties build) {
        if (properties.getProductName() != null) {
            return properties.getProductName();
        }
        String applicationName = environment.getProperty("spring.application.name");
        if (applicationName != null && !applicationName.isBlank()) {
            return applicationName;
        }
        if (build != null && build.getName() != null && !build.getName().isBlank()) {
            return build.getName();
        }
        String mainClass = environment.getProperty(MAIN_CLASS_PROPERTY);
        if (mainClass != null) {
            return ClassUtils.getShortName(mainClass);
        }
        return identifier(properties, environment);
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
