package dev.jtauri.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The app's version, as {@code getVersion()} answers it: {@code tauri.version}, else the build
 * info's (Spring Boot's {@code build-info} goal), else the {@code Implementation-Version} of the
 * main class's jar, else {@value #UNVERSIONED}.
 */
final class AppVersions {

    /** The version of an app that has none of the above. */
    static final String UNVERSIONED = "0.0.0";

    private AppVersions() {
    }

    static String of(TauriProperties properties, Environment environment, @Nullable BuildProperties build,
            @Nullable ClassLoader classLoader) {
        if (properties.getVersion() != null) {
            return properties.getVersion();
        }
        if (build != null && build.getVersion() != null && !build.getVersion().isBlank()) {
            return build.getVersion();
        }
        String implementationVersion = implementationVersion(environment, classLoader);
        return (implementationVersion != null) ? implementationVersion : UNVERSIONED;
    }

    private static @Nullable String implementationVersion(Environment environment, @Nullable ClassLoader classLoader) {
        String mainClass = environment.getProperty(AppNames.MAIN_CLASS_PROPERTY);
        if (mainClass == null || !ClassUtils.isPresent(mainClass, classLoader)) {
            return null;
        }
        String version = ClassUtils.resolveClassName(mainClass, classLoader).getPackage().getImplementationVersion();
        return (version != null && !version.isBlank()) ? version : null;
    }
}
