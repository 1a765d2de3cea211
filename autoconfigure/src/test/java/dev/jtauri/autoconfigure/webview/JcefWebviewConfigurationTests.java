package dev.jtauri.autoconfigure.webview;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.jtauri.autoconfigure.AppNames;
import dev.jtauri.autoconfigure.TauriApplicationRunner;
import dev.jtauri.autoconfigure.TauriAutoConfiguration;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.ContentSecurityPolicy;
import dev.jtauri.webview.ExternalUrlOpener;
import dev.jtauri.webview.NavigationPolicy;
import dev.jtauri.webview.PageSecurity;
import dev.jtauri.webview.SystemBrowser;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.webview.jcef.CefEngineOptions;
import dev.jtauri.webview.jcef.JcefOptions;
import dev.jtauri.webview.jcef.JcefWebviewHost;
import dev.jtauri.window.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When jtauri opens windows. CEF itself is never started here: early start is off and no
 * runner is called with a host.
 */
@ExtendWith(OutputCaptureExtension.class)
class JcefWebviewConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withPropertyValues("tauri.webview.early-start=false", "tauri.build.frontend-dist=classpath:/frontend/");

    @Test
    void webviewHostWhenADisplayIsThereShouldBeTheJcefHost() {
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .run((context) -> assertThat(context).hasSingleBean(JcefWebviewHost.class));
    }

    @Test
    void webviewHostWhenNoDisplayIsThereShouldBeAbsentAndTheRunnerSaysWhy(CapturedOutput output) {
        this.contextRunner.withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=").run((context) -> {
            assertThat(context).doesNotHaveBean(WebviewHost.class);
            context.getBean(TauriApplicationRunner.class).run(null);
            assertThat(output).contains("jtauri runs headless (no display: DISPLAY and WAYLAND_DISPLAY are not set)");
        });
    }

    @Test
    void webviewHostWhenWindowsAreDisabledShouldBeAbsent() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.webview.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(WebviewHost.class));
    }

    @Test
    void webviewHostWhenUserDefinedShouldBackOff() {
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .withBean("customHost", WebviewHost.class, RecordingHost::new)
            .run((context) -> assertThat(context).getBean(WebviewHost.class).isSameAs(context.getBean("customHost")));
    }

    @Test
    void webviewHostWhenWindowsOpenedEarlyShouldBeTheHostThatOpenedThem() {
        JcefWebviewHost early = new JcefWebviewHost(new JcefOptions((path) -> null, null, false, "early",
                new CefEngineOptions(Path.of("install"), Path.of("data"), List.of()), 1024, 500,
                java.time.Duration.ofSeconds(10), PageSecurity.DEFAULT));
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .withBean(EarlyStart.BEAN_NAME, EarlyStart.class, () -> new EarlyStart(early))
            .run((context) -> {
                assertThat(context).getBean(WebviewHost.class).isSameAs(early);
                assertThat(context.getBean(EarlyStart.class).takeHost()).as("taken once").isNull();
            });
    }

    @Test
    void startupMemoryReleaseShouldBeOnUnlessTurnedOff() {
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .run((context) -> assertThat(context).hasSingleBean(StartupMemoryRelease.class));
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.webview.release-memory-after-start=false")
            .run((context) -> assertThat(context).doesNotHaveBean(StartupMemoryRelease.class));
    }

    @Test
    void startupMemoryReleaseWhenTheSettingIsNotABooleanShouldFailNamingIt() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.webview.release-memory-after-start=sometimes")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("release-memory-after-start")
                    .hasStackTraceContaining("sometimes");
            });
    }

    @Test
    void runnerWhenTwoHostsAreDefinedShouldFailTheStartupNamingThem() {
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .withBean("firstHost", WebviewHost.class, RecordingHost::new)
            .withBean("secondHost", WebviewHost.class, RecordingHost::new)
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(NoUniqueBeanDefinitionException.class)
                    .hasMessageContaining("firstHost")
                    .hasMessageContaining("secondHost");
            });
    }

    @Test
    void webviewHostWhenTheWindowsPageIsMissingShouldFailNamingTheSettings() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.windows[0].url=missing.html").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tauri.app.windows[0].url is 'missing.html'")
                .hasMessageContaining("tauri.build.frontend-dist (classpath:/frontend/) has no such file");
        });
    }

    @Test
    void webviewHostWhenADevServerIsSetShouldNotNeedTheFrontend() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.windows[0].url=missing.html",
                "tauri.build.dev-url=http://localhost:5173")
            .run((context) -> assertThat(context).hasSingleBean(JcefWebviewHost.class));
    }

    @Test
    void runnerWhenAHostIsThereShouldOpenTheConfiguredWindows() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.webview.await-exit=false",
                "tauri.app.windows[0].title=Notes", "tauri.app.windows[0].width=1024",
                "tauri.app.windows[1].label=settings", "tauri.app.windows[1].url=settings.html",
                "tauri.app.windows[1].resizable=false", "tauri.app.windows[1].x=10", "tauri.app.windows[1].y=20",
                "tauri.app.windows[1].min-width=300", "tauri.app.windows[1].theme=dark")
            .withBean(WebviewHost.class, RecordingHost::new)
            .run((context) -> {
                context.getBean(TauriApplicationRunner.class).run(null);
                RecordingHost host = (RecordingHost) context.getBean(WebviewHost.class);
                assertThat(host.opened).containsExactly(
                        WindowOptions.builder("main", "index.html").title("Notes").size(1024, 600).build(),
                        WindowOptions.builder("settings", "settings.html").resizable(false).position(10.0, 20.0)
                            .minSize(300.0, null).theme(Theme.DARK).build());
                assertThat(host.runtime).isSameAs(context.getBean(TauriRuntime.class));
            });
    }

    @Test
    void windowsWhenOptionsDoNotFitTogetherShouldFailNamingTheWindowProperty() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.windows[0].x=10",
                "tauri.app.windows[0].min-width=900", "tauri.app.windows[0].max-width=300")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("app.windows[0]")
                .hasMessageContaining("needs both x and y"));
    }

    @Test
    void appNameWhenNothingElseNamesTheAppShouldBeItsMainClassForBothProfileAndTitle() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", AppNames.MAIN_CLASS_PROPERTY + "=com.example.NotesApp")
            .run((context) -> {
                JcefOptions options = context.getBean(JcefWebviewHost.class).options();
                assertThat(options.engine().dataDir().getFileName()).hasToString("com.example.NotesApp");
                assertThat(options.defaultTitle()).isEqualTo("com.example.NotesApp");
            });
    }

    @Test
    void appNameWhenTwoAppsAreUnnamedShouldGiveEachAProfileOfItsOwn() {
        Path[] dataDirs = new Path[2];
        this.contextRunner.withPropertyValues("DISPLAY=:42", AppNames.MAIN_CLASS_PROPERTY + "=com.example.NotesApp")
            .run((context) -> dataDirs[0] = context.getBean(JcefWebviewHost.class).options().engine().dataDir());
        this.contextRunner.withPropertyValues("DISPLAY=:42", AppNames.MAIN_CLASS_PROPERTY + "=com.example.TodoApp")
            .run((context) -> dataDirs[1] = context.getBean(JcefWebviewHost.class).options().engine().dataDir());
        assertThat(dataDirs[0]).isNotEqualTo(dataDirs[1]);
    }

    @Test
    void appNameWhenSetShouldBeTheIdentifierElseTheApplicationName() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "spring.application.name=notes",
                AppNames.MAIN_CLASS_PROPERTY + "=com.example.NotesApp")
            .run((context) -> assertThat(context.getBean(JcefWebviewHost.class).options().defaultTitle())
                .isEqualTo("notes"));
        this.contextRunner.withPropertyValues("DISPLAY=:42", "spring.application.name=notes",
                "tauri.identifier=com.example.notes")
            .run((context) -> {
                JcefOptions options = context.getBean(JcefWebviewHost.class).options();
                assertThat(options.defaultTitle()).isEqualTo("com.example.notes");
                assertThat(options.engine().dataDir().getFileName()).hasToString("com.example.notes");
            });
    }

    @Test
    void pageSecurityWhenNothingIsSetShouldHaveNoPolicy() {
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .run((context) -> assertThat(context.getBean(JcefWebviewHost.class).options().security())
                .isEqualTo(PageSecurity.DEFAULT));
    }

    @Test
    void cspWhenAStringShouldBeThePagesPolicy() {
        this.contextRunner.withPropertyValues("DISPLAY=:42",
                "tauri.app.security.csp=default-src 'self'; img-src 'self' data:")
            .run((context) -> assertThat(security(context).csp())
                .isEqualTo(ContentSecurityPolicy.parse("default-src 'self'; img-src 'self' data:")));
    }

    @Test
    void cspWhenSetDirectiveByDirectiveShouldBeThePagesPolicyInOrder() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.csp.default-src='self'",
                "tauri.app.security.csp.script-src='self' 'strict-dynamic'")
            .run((context) -> assertThat(security(context).csp())
                .hasToString("default-src 'self'; script-src 'self' 'strict-dynamic'"));
    }

    @Test
    void cspWhenBoundBeforeTheContextShouldBeReadAsByTheContext() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(
                Map.of("tauri.app.security.csp", "script-src 'self'", "tauri.app.security.dev-csp.script-src", "*"));
        TauriProperties properties = new Binder(source).bindOrCreate("tauri", TauriProperties.class);
        assertThat(properties.getApp().getSecurity().policy(false)).hasToString("script-src 'self'");
        assertThat(properties.getApp().getSecurity().policy(true)).hasToString("script-src *");
    }

    @Test
    void devCspWhenADevServerIsSetShouldBeUsedInsteadOfCsp() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.build.dev-url=http://localhost:5173",
                "tauri.app.security.csp=default-src 'self'", "tauri.app.security.dev-csp=default-src 'self' ws:")
            .run((context) -> assertThat(security(context).csp()).hasToString("default-src 'self' ws:"));
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.csp=default-src 'self'",
                "tauri.app.security.dev-csp=default-src 'self' ws:")
            .run((context) -> assertThat(security(context).csp()).as("no dev server").hasToString("default-src 'self'"));
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.build.dev-url=http://localhost:5173",
                "tauri.app.security.csp=default-src 'self'")
            .run((context) -> assertThat(security(context).csp()).as("no dev-csp").hasToString("default-src 'self'"));
    }

    @Test
    void cspWhenADirectiveIsUnknownShouldFailTheStartupNamingThePropertyAndTheDirective() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.csp=default-src 'self'; scrip-src x")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.security.csp")
                    .rootCause().hasMessageContaining("'scrip-src' is not a Content Security Policy directive");
            });
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.dev-csp.script-src='self'; img-src *")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.security")
                    .hasStackTraceContaining("dev-csp")
                    .rootCause().hasMessageContaining("directive 'script-src': ''self';' is not a source");
            });
    }

    @Test
    void dangerousDisableAssetCspModificationWhenTrueOrNamedShouldLeaveThoseDirectivesAsWritten() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.dangerous-disable-asset-csp-modification=true")
            .run((context) -> assertThat(security(context).unmodifiedCsp())
                .containsExactlyInAnyOrder("script-src", "style-src"));
        this.contextRunner.withPropertyValues("DISPLAY=:42",
                "tauri.app.security.dangerous-disable-asset-csp-modification=style-src")
            .run((context) -> assertThat(security(context).unmodifiedCsp()).containsExactly("style-src"));
        this.contextRunner.withPropertyValues("DISPLAY=:42",
                "tauri.app.security.dangerous-disable-asset-csp-modification=false")
            .run((context) -> assertThat(security(context).unmodifiedCsp()).isEmpty());
    }

    @Test
    void dangerousDisableAssetCspModificationWhenNotAFlagOrADirectiveItModifiesShouldFailNamingTheProperty() {
        this.contextRunner.withPropertyValues("DISPLAY=:42",
                "tauri.app.security.dangerous-disable-asset-csp-modification=img-src")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.security")
                    .hasStackTraceContaining("dangerous-disable-asset-csp-modification")
                    .rootCause().hasMessageContaining("must be true, false, or directives among script-src and "
                            + "style-src (those jtauri adds nonces to), was [img-src]");
            });
    }

    @Test
    void navigationWhenNotSetShouldOpenExternalUrlsInTheSystemsBrowser() {
        this.contextRunner.withPropertyValues("DISPLAY=:42").run((context) -> {
            assertThat(security(context).navigation()).isEqualTo(NavigationPolicy.OPEN_EXTERNAL);
            assertThat(context).getBean(ExternalUrlOpener.class).isInstanceOf(SystemBrowser.class);
        });
    }

    @Test
    void navigationWhenSetShouldBeThePolicy() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.navigation=deny")
            .run((context) -> assertThat(security(context).navigation()).isEqualTo(NavigationPolicy.DENY));
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.navigation=allow")
            .run((context) -> assertThat(security(context).navigation()).isEqualTo(NavigationPolicy.ALLOW));
    }

    @Test
    void navigationWhenNotAPolicyShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("DISPLAY=:42", "tauri.app.security.navigation=sometimes")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.security.navigation")
                    .hasStackTraceContaining("sometimes");
            });
    }

    @Test
    void externalUrlOpenerWhenUserDefinedShouldBackOff() {
        ExternalUrlOpener mine = (url) -> { };
        this.contextRunner.withPropertyValues("DISPLAY=:42")
            .withBean("myOpener", ExternalUrlOpener.class, () -> mine)
            .run((context) -> assertThat(context).getBean(ExternalUrlOpener.class).isSameAs(mine));
    }

    private static PageSecurity security(org.springframework.context.ApplicationContext context) {
        return context.getBean(JcefWebviewHost.class).options().security();
    }

    static final class RecordingHost implements WebviewHost {

        List<WindowOptions> opened = List.of();

        TauriRuntime runtime;

        @Override
        public void open(TauriRuntime runtime, List<WindowOptions> windows) {
            this.runtime = runtime;
            this.opened = windows;
        }

        @Override
        public int awaitExit() {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
