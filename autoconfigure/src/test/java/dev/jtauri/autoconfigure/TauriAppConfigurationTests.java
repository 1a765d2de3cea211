package dev.jtauri.autoconfigure;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import dev.jtauri.AppHandle;
import dev.jtauri.PackageInfo;
import dev.jtauri.path.PathResolver;
import dev.jtauri.path.PlatformDirectories;
import dev.jtauri.path.UserEnvironment;
import dev.jtauri.runtime.TauriRuntime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TauriAppConfigurationTests {

    // No display: these contexts must never start CEF, whatever the machine has.
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=");

    @Test
    void defaultWindowIconWhenSetShouldBeTheImageAtThatLocation() {
        this.contextRunner.withPropertyValues("tauri.bundle.icon=classpath:icons-test/app.png")
            .run((context) -> assertThat(context.getBean(AppHandle.class).defaultWindowIcon()).hasValueSatisfying(
                    (icon) -> assertThat(icon.width() + "x" + icon.height()).isEqualTo("2x2")));
    }

    @Test
    void defaultWindowIconWhenNotSetAndTheAppHasNoneShouldBeEmpty() {
        this.contextRunner
            .run((context) -> assertThat(context.getBean(AppHandle.class).defaultWindowIcon()).isEmpty());
    }

    @Test
    void defaultWindowIconWhenTheFileIsMissingShouldFailNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.bundle.icon=classpath:icons-test/missing.png")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("tauri.bundle.icon is 'classpath:icons-test/missing.png', but there is no such file"));
    }

    @Test
    void defaultWindowIconWhenTheFileIsNoImageShouldFailNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.bundle.icon=classpath:icons-test/not-an-image.png")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("tauri.bundle.icon 'classpath:icons-test/not-an-image.png' cannot be read "
                        + "as an image: Cannot read the image bytes: not a PNG, JPEG, GIF or BMP image"));
    }

    @Test
    void packageInfoWhenPropertiesAreSetShouldUseThem() {
        this.contextRunner
            .withPropertyValues("tauri.product-name=Notes", "tauri.version=1.2.0", "spring.application.name=notes-app")
            .withUserConfiguration(BuildInfoConfiguration.class)
            .run((context) -> assertThat(context.getBean(PackageInfo.class)).isEqualTo(new PackageInfo("Notes", "1.2.0")));
    }

    @Test
    void packageInfoWhenOnlyBuildInfoShouldUseItsNameAndVersion() {
        this.contextRunner.withUserConfiguration(BuildInfoConfiguration.class)
            .run((context) -> assertThat(context.getBean(PackageInfo.class))
                .isEqualTo(new PackageInfo("notes-from-build", "3.4.5")));
    }

    @Test
    void packageInfoWhenApplicationNameIsSetShouldPreferItToTheBuildInfosName() {
        this.contextRunner.withPropertyValues("spring.application.name=notes-app")
            .withUserConfiguration(BuildInfoConfiguration.class)
            .run((context) -> assertThat(context.getBean(PackageInfo.class))
                .isEqualTo(new PackageInfo("notes-app", "3.4.5")));
    }

    @Test
    void packageInfoWhenOnlyAMainClassShouldUseItsSimpleNameAndNoVersion() {
        this.contextRunner.withPropertyValues(AppNames.MAIN_CLASS_PROPERTY + "=com.example.NotesApp")
            .run((context) -> assertThat(context.getBean(PackageInfo.class))
                .isEqualTo(new PackageInfo("NotesApp", AppVersions.UNVERSIONED)));
    }

    @Test
    void packageInfoWhenNothingIsSetShouldBeTheIdentifierAndNoVersion() {
        this.contextRunner.run((context) -> assertThat(context.getBean(PackageInfo.class))
            .isEqualTo(new PackageInfo(AppNames.UNNAMED, "0.0.0")));
    }

    @Test
    void appHandleShouldCarryThePackageInfoAndTheIdentifier() {
        this.contextRunner.withPropertyValues("tauri.identifier=com.example.notes", "tauri.product-name=Notes")
            .run((context) -> {
                AppHandle app = context.getBean(AppHandle.class);
                assertThat(app.packageInfo()).isSameAs(context.getBean(PackageInfo.class));
                assertThat(app.identifier()).isEqualTo("com.example.notes");
                assertThat(app.path()).isSameAs(context.getBean(PathResolver.class));
            });
    }

    @Test
    void pathResolverWhenIdentifierIsSetShouldNameTheAppFoldersAfterIt() {
        this.contextRunner.withPropertyValues("tauri.identifier=com.example.notes").run((context) -> {
            PathResolver path = context.getBean(PathResolver.class);
            assertThat(path.identifier()).isEqualTo("com.example.notes");
            assertThat(path.appDataDir()).isEqualTo(path.dataDir().resolve("com.example.notes"));
        });
    }

    @Test
    void pathResolverWhenNoIdentifierShouldDeriveOneFromTheAppsName() {
        this.contextRunner.withPropertyValues("spring.application.name=My Notes_app..v2").run((context) ->
                assertThat(context.getBean(PathResolver.class).identifier()).isEqualTo("My-Notes-app.v2"));
    }

    @Test
    void pathResolverWhenOnlyAMainClassShouldUseItsNameAsTheIdentifier() {
        this.contextRunner.withPropertyValues(AppNames.MAIN_CLASS_PROPERTY + "=com.example.NotesApp").run((context) ->
                assertThat(context.getBean(PathResolver.class).identifier()).isEqualTo("com.example.NotesApp"));
    }

    @Test
    void pathResolverWhenResourceDirIsSetShouldUseIt() {
        this.contextRunner.withPropertyValues("tauri.bundle.resource-dir=/opt/notes/resources").run((context) ->
                assertThat(context.getBean(PathResolver.class).resourceDir()).isEqualTo(Path.of("/opt/notes/resources")));
    }

    @Test
    void pathResolverWhenNoResourceDirShouldUseTheApplicationHome() {
        this.contextRunner.run((context) ->
                assertThat(context.getBean(PathResolver.class).resourceDir()).isAbsolute().exists());
    }

    @Test
    void pathResolverWhenUserDefinedShouldBackOff() {
        this.contextRunner.withPropertyValues("tauri.identifier=com.example.notes")
            .withUserConfiguration(CustomPathResolverConfiguration.class)
            .run((context) -> {
                assertThat(context).hasSingleBean(PathResolver.class);
                assertThat(context.getBean(AppHandle.class).path())
                    .isSameAs(context.getBean(CustomPathResolverConfiguration.class).resolver);
            });
    }

    @Test
    void pathResolverWhenUserDefinedForAnotherIdentifierShouldFailTheStartup() {
        this.contextRunner.withPropertyValues("tauri.identifier=com.example.other")
            .withUserConfiguration(CustomPathResolverConfiguration.class)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("'com.example.notes'")
                .hasMessageContaining("'com.example.other'"));
    }

    @Test
    void packageInfoWhenUserDefinedShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomPackageInfoConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(PackageInfo.class);
            assertThat(context.getBean(TauriRuntime.class).appHandle().packageInfo())
                .isEqualTo(new PackageInfo("Custom", "9.9.9"));
        });
    }

    @Test
    void commandsShouldAnswerFromTheConfiguration() {
        this.contextRunner.withPropertyValues("tauri.identifier=com.example.notes", "tauri.product-name=Notes",
                "tauri.version=1.2.0")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.result(runtime, "plugin:app|name", Map.of(), String.class)).isEqualTo("Notes");
                assertThat(Invocations.result(runtime, "plugin:app|version", Map.of(), String.class)).isEqualTo("1.2.0");
                assertThat(Invocations.result(runtime, "plugin:app|identifier", Map.of(), String.class))
                    .isEqualTo("com.example.notes");
                assertThat(Invocations.result(runtime, "plugin:path|resolve_directory", Map.of("directory", 14),
                        String.class))
                    .isEqualTo(runtime.appHandle().path().appDataDir().toString());
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class BuildInfoConfiguration {

        @Bean
        BuildProperties buildProperties() {
            Properties entries = new Properties();
            entries.setProperty("name", "notes-from-build");
            entries.setProperty("version", "3.4.5");
            return new BuildProperties(entries);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomPathResolverConfiguration {

        final PathResolver resolver = new PathResolver("com.example.notes",
                PlatformDirectories.linux(new UserEnvironment(Map.of(), Path.of("/home/ada"), Path.of("/tmp"))), null);

        @Bean
        PathResolver customPathResolver() {
            return this.resolver;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomPackageInfoConfiguration {

        @Bean
        PackageInfo customPackageInfo() {
            return new PackageInfo("Custom", "9.9.9");
        }
    }
}
