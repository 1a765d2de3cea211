package dev.jtauri.autoconfigure;

import java.nio.file.Path;

import dev.jtauri.PackageInfo;
import dev.jtauri.path.PathResolver;
import dev.jtauri.path.PlatformDirectories;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The app's identity: its {@link PackageInfo} (name and version) and its {@link PathResolver},
 * whose folders are named after its identifier.
 */
@Configuration(proxyBeanMethods = false)
class TauriAppConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PackageInfo tauriPackageInfo(TauriProperties properties, ApplicationContext context,
            ObjectProvider<BuildProperties> buildProperties) {
        Environment environment = context.getEnvironment();
        BuildProperties build = buildProperties.getIfUnique();
        return new PackageInfo(AppNames.productName(properties, environment, build),
                AppVersions.of(properties, environment, build, context.getClassLoader()));
    }

    @Bean
    @ConditionalOnMissingBean
    PathResolver tauriPathResolver(TauriProperties properties, ApplicationContext context) {
        Environment environment = context.getEnvironment();
        Path resourceDir = properties.getBundle().getResourceDir();
        if (resourceDir == null) {
            resourceDir = applicationHome(environment, context.getClassLoader());
        }
        return new PathResolver(AppNames.identifier(properties, environment), PlatformDirectories.current(),
                resourceDir.toAbsolutePath());
    }

    /** The folder of the main class's jar, or its classes folder, as Spring Boot's ApplicationHome finds it. */
    private static Path applicationHome(Environment environment, @Nullable ClassLoader classLoader) {
        String mainClass = environment.getProperty(AppNames.MAIN_CLASS_PROPERTY);
        Class<?> source = (mainClass != null && ClassUtils.isPresent(mainClass, classLoader))
                ? ClassUtils.resolveClassName(mainClass, classLoader) : null;
        return new ApplicationHome(source).getDir().toPath();
    }
}
