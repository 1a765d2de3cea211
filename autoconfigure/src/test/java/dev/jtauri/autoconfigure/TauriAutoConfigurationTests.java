package dev.jtauri.autoconfigure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import dev.jtauri.AppHandle;
import dev.jtauri.InvokeException;
import dev.jtauri.Body;
import dev.jtauri.Manager;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.autoconfigure.plugin.BuiltInPluginsConfiguration;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.image.ImagePluginCommands;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.runtime.CallLimits;
import dev.jtauri.runtime.TauriRuntime;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class TauriAutoConfigurationTests {

    // No display: these contexts must never start CEF, whatever the machine has.
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TauriAutoConfiguration.class))
        .withPropertyValues("DISPLAY=", "WAYLAND_DISPLAY=");

    @Test
    void runtimeWhenNothingIsDefinedShouldProvideEveryBean() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasSingleBean(TauriRuntime.class)
                .hasSingleBean(AppHandle.class)
                .hasSingleBean(AsyncTools.class)
                .hasSingleBean(BlockingPortal.class)
                .hasSingleBean(TauriApplicationRunner.class)
                .hasBean(TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME)
                .hasBean(TauriAutoConfiguration.BLOCKING_EXECUTOR_BEAN_NAME)
                .hasBean(TauriAutoConfiguration.EVENT_EXECUTOR_BEAN_NAME);
            assertThat(context.getBean(AppHandle.class)).isSameAs(context.getBean(TauriRuntime.class).appHandle());
        });
    }

    @Test
    void asyncToolsWhenAutoConfiguredShouldAlsoBeAppState() {
        this.contextRunner.run((context) -> {
            AsyncTools bean = context.getBean(AsyncTools.class);
            assertThat(Manager.state(context.getBean(AppHandle.class), AsyncTools.class)).isSameAs(bean);
        });
    }

    @Test
    void asyncToolsWhenUserDefinedShouldBackOff() {
        this.contextRunner.withUserConfiguration(CustomAsyncToolsConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(AsyncTools.class);
            assertThat(context.getBean(AsyncTools.class)).isSameAs(context.getBean("customAsyncTools"));
            assertThat(context.getBean(AppHandle.class).state(AsyncTools.class))
                .isSameAs(context.getBean("customAsyncTools"));
        });
    }

    @Test
    void portalExecutorWhenUserDefinedShouldBackOffAndRunCommands() {
        this.contextRunner.withUserConfiguration(CustomPortalExecutorConfiguration.class, GreeterConfiguration.class)
            .run((context) -> {
                assertThat(context.getBean(TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME))
                    .isSameAs(context.getBean(CustomPortalExecutorConfiguration.class).executor);
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.result(runtime, "threadName", Map.of(), String.class)).startsWith("custom-portal-");
            });
    }

    @Test
    void portalExecutorWhenVirtualThreadsAreEnabledShouldUseThemWhereTheJavaVersionHasThem() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class)
            .withPropertyValues("spring.threads.virtual.enabled=true")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                boolean virtualAvailable = Runtime.version().feature() >= 21;
                assertThat(Invocations.result(runtime, "threadName", Map.of(), String.class)).startsWith("tauri-portal-");
                assertThat(Invocations.result(runtime, "isVirtual", Map.of(), Boolean.class)).isEqualTo(virtualAvailable);
            });
    }

    @Test
    void portalWhenAutoConfiguredShouldLetTransportsStartInvokesWithoutAThreadHop() {
        this.contextRunner.run((context) -> assertThat(context.getBean(TauriRuntime.class).invoker().handsOff()).isTrue());
        this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true")
            .run((context) -> assertThat(context.getBean(TauriRuntime.class).invoker().handsOff()).isTrue());
    }

    @Test
    void portalWhenTheExecutorIsTheUsersShouldNotBeTrustedToHandOff() {
        this.contextRunner.withUserConfiguration(CustomPortalExecutorConfiguration.class)
            .run((context) -> assertThat(context.getBean(TauriRuntime.class).invoker().handsOff()).isFalse());
    }

    @Test
    void executorsWhenAutoConfiguredShouldNotReplaceTheApplicationTaskExecutor() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class))
            .run((context) -> {
                assertThat(context).hasBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME);
                assertThat(context.getBean(Executor.class))
                    .isSameAs(context.getBean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME));
            });
    }

    @Test
    void jsonMapperWhenJacksonIsAutoConfiguredShouldBeShared() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .run((context) -> assertThat(context.getBean(TauriRuntime.class).jsonMapper())
                .isSameAs(context.getBean(JsonMapper.class)));
    }

    @Test
    void commandsWhenDeclaredOnBeansShouldBeDiscovered() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class).run((context) -> {
            TauriRuntime runtime = context.getBean(TauriRuntime.class);
            assertThat(Invocations.result(runtime, "greet", Map.of("name", "Ada"), String.class)).isEqualTo("Hello, Ada!");
            assertThat(Invocations.result(runtime, "shout", Map.of("text", "hi"), String.class)).isEqualTo("HI");
        });
    }

    @Test
    void commandsWhenTheBeanIsProxiedShouldBeCalledThroughTheProxy() {
        this.contextRunner.withUserConfiguration(ProxiedCommandsConfiguration.class).run((context) -> {
            CountingAspect aspect = context.getBean(CountingAspect.class);
            TauriRuntime runtime = context.getBean(TauriRuntime.class);
            assertThat(Invocations.result(runtime, "proxiedClass", Map.of("value", 2), Integer.class)).isEqualTo(4);
            assertThat(Invocations.result(runtime, "proxiedInterface", Map.of("value", 3), Integer.class)).isEqualTo(9);
            assertThat(aspect.calls).hasValue(2);
        });
    }

    @Test
    void validationWhenABeanRejectsAnArgumentShouldRejectTheCallNamingTheArgument() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class))
            .withUserConfiguration(ValidatedConfiguration.class)
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                dev.jtauri.ipc.InvokeError error = Invocations.error(runtime, "register", Map.of("name", " ", "age", -1));
                assertThat(error.kind()).isEqualTo(dev.jtauri.ipc.InvokeError.Kind.INVALID_ARGUMENTS);
                assertThat(error.message()).startsWith("command 'register': ")
                    .contains("invalid argument 'name': must not be blank")
                    .contains("invalid argument 'age': must be greater than or equal to 0");
                assertThat(Invocations.result(runtime, "register", Map.of("name", "Ada", "age", 36), String.class))
                    .isEqualTo("Ada (36)");
            });
    }

    @Test
    void validationWhenAResultBreaksItsConstraintShouldBeAnInternalError() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(
                    org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class))
            .withUserConfiguration(ValidatedConfiguration.class)
            .run((context) -> {
                dev.jtauri.ipc.InvokeError error = Invocations.error(context.getBean(TauriRuntime.class), "nickname",
                        Map.of());
                assertThat(error.kind()).isEqualTo(dev.jtauri.ipc.InvokeError.Kind.INTERNAL);
                assertThat(error.message()).doesNotContain("return value").doesNotContain("nickname.");
            });
    }

    @Test
    void commandsWhenTwoShareANameShouldFailTheStartupNamingBothBeans() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class, ClashingConfiguration.class)
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .isInstanceOf(CommandDefinitionException.class)
                    .hasMessageContaining("Two commands are named 'greet'")
                    .hasMessageContaining("on bean 'greeter'")
                    .hasMessageContaining("on bean 'otherGreeter'");
            });
    }

    @Test
    void commandsWhenNamedWithThePluginPrefixShouldFailTheStartupNamingTheMethod() {
        this.contextRunner.withBean("impostor", PluginImpostor.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(CommandDefinitionException.class)
                .hasMessageContaining("'plugin:event|wipe'")
                .hasMessageContaining("PluginImpostor#wipe() on bean 'impostor'")
                .hasMessageContaining("'plugin:' prefix");
        });
    }

    @Test
    void argumentResolverWhenDefinedAsABeanShouldBeAskedFirst() {
        this.contextRunner.withUserConfiguration(CustomResolverConfiguration.class).run((context) -> {
            TauriRuntime runtime = context.getBean(TauriRuntime.class);
            assertThat(Invocations.result(runtime, "whoAmI", Map.of(), String.class)).isEqualTo("resolved by a bean");
        });
    }

    @Test
    void customizerWhenDefinedShouldCustomizeTheRuntime() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class)
            .withBean(TauriRuntimeCustomizer.class, () -> (builder) -> builder.maxPayloadSize(8))
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.error(runtime, "greet", Map.of("name", "too long")).message())
                    .contains("larger than the limit of 8 bytes");
            });
    }

    @Test
    void maxPayloadSizeWhenSetShouldBeEnforced() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class)
            .withPropertyValues("tauri.ipc.max-payload-size=10B")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(Invocations.error(runtime, "greet", Map.of("name", "a long name")).message())
                    .contains("larger than the limit of 10 bytes");
            });
    }

    @Test
    void imageMaxPixelsWhenSetShouldLimitTheImagesPagesDecode() {
        this.contextRunner.withPropertyValues("tauri.image.max-pixels=4").run((context) -> {
            // A page's resources need a connected page: the image plugin's command is called as the pipeline would.
            ImagePluginCommands images = (ImagePluginCommands) context
                .getBean(BuiltInPluginsConfiguration.IMAGE_PLUGIN_BEAN_NAME, TauriPlugin.class).commands();
            JsonNode bytes = context.getBean(TauriRuntime.class).jsonMapper().valueToTree(pngOfThreeByTwo());
            assertThatExceptionOfType(InvokeException.class)
                .isThrownBy(() -> images.fromBytes(new ResourceTable(), bytes))
                .withMessage("Cannot read the image bytes: it declares 3x2 = 6 pixels, more than the limit of 4 "
                        + "(tauri.image.max-pixels)");
        });
    }

    @Test
    void jsonLimitsWhenNotSetShouldBeJacksonsWithTheLargestBodyAsTheDocumentLength() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-payload-size=2MB").run((context) -> {
            assertThat(context.getBean(TauriRuntime.class).pageJson().limits())
                .isEqualTo(JsonLimits.defaults(2 * 1024 * 1024));
            assertThat(context.getBean(TauriRuntime.class).pageJson().limits().maxStringLength()).isEqualTo(20_000_000);
        });
    }

    @Test
    void imageMaxPixelsWhenNotPositiveShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.image.max-pixels=0").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.image")
                .rootCause().hasMessageContaining("max-pixels must be between 1 and 536870909");
        });
    }

    @Test
    void jsonLimitsWhenSetShouldBeEnforcedNamingTheirProperty() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class)
            .withPropertyValues("tauri.ipc.max-nesting-depth=3", "tauri.ipc.max-string-length=5",
                    "tauri.ipc.max-number-length=4", "tauri.ipc.max-name-length=6", "tauri.ipc.max-document-length=1KB")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(runtime.pageJson().limits()).isEqualTo(new JsonLimits(3, 5, 4, 6, 1024));
                assertThat(Invocations.error(runtime, "greet", Map.of("name", "a long name")).message())
                    .isEqualTo("command 'greet': the body has a string longer than 5 characters "
                            + "(tauri.ipc.max-string-length)");
                assertThat(Invocations.error(runtime, "greet", Map.of("name", List.of(List.of(List.of(1))))).message())
                    .isEqualTo("command 'greet': the body nests deeper than 3 levels (tauri.ipc.max-nesting-depth)");
                assertThat(Invocations.result(runtime, "greet", Map.of("name", "Ada"), String.class))
                    .isEqualTo("Hello, Ada!");
            });
    }

    @Test
    void callLimitsWhenNotSetShouldBeTenThousandCallsInFlightAndNoTimeout() {
        this.contextRunner.run((context) -> assertThat(context.getBean(TauriRuntime.class).invoker().callLimits())
            .isEqualTo(new CallLimits(10_000, null)));
    }

    @Test
    void callLimitsWhenSetShouldReachTheRuntime() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-calls-in-flight=50", "tauri.ipc.command-timeout=30s")
            .run((context) -> assertThat(context.getBean(TauriRuntime.class).invoker().callLimits())
                .isEqualTo(new CallLimits(50, Duration.ofSeconds(30))));
    }

    @Test
    void maxCallsInFlightWhenZeroShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-calls-in-flight=0").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("property max-calls-in-flight")
                .rootCause().hasMessageContaining("max-calls-in-flight must be at least 1, was 0");
        });
    }

    @Test
    void channelSendTimeoutWhenZeroShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.ipc.channel-send-timeout=0s").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("property channel-send-timeout")
                .rootCause().hasMessageContaining("channel-send-timeout must be positive, was PT0S");
        });
    }

    @Test
    void jsonLimitsWhenNotPositiveShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-nesting-depth=0").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.ipc")
                .hasStackTraceContaining("property max-nesting-depth")
                .rootCause().hasMessageContaining("max-nesting-depth must be at least 1, was 0");
        });
    }

    @Test
    void maxDocumentLengthWhenLargerThanTheLargestBodyShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-payload-size=1MB", "tauri.ipc.max-document-length=2MB")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.ipc.max-document-length")
                    .hasStackTraceContaining("must not exceed the largest request body, max-payload-size (1048576B)");
            });
    }

    @Test
    void maxNestingDepthWhenDeeperThanTheMapperWritesShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.ipc.max-nesting-depth=600").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("The JSON nesting limit (600, tauri.ipc.max-nesting-depth) is deeper than the "
                        + "JSON mapper writes (500");
        });
    }

    @Test
    void jsonLimitsWhenTheAppDefinesAJsonMapperShouldLeaveItsCustomizationForResults() {
        this.contextRunner.withUserConfiguration(GreeterConfiguration.class, SnakeCaseMapperConfiguration.class)
            .withPropertyValues("tauri.ipc.max-string-length=5")
            .run((context) -> {
                TauriRuntime runtime = context.getBean(TauriRuntime.class);
                assertThat(runtime.jsonMapper()).isSameAs(context.getBean(JsonMapper.class));
                assertThat(Invocations.result(runtime, "greetPerson", Map.of("first_name", "Ada"), JsonNode.class))
                    .isEqualTo(runtime.jsonMapper().valueToTree(Map.of("greeting_text", "Hello, Ada!")));
            });
    }

    @Test
    void contextWhenClosedShouldCancelBackgroundTasksAndStopThePortal() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger ticks = new AtomicInteger();
        BlockingPortal[] portal = new BlockingPortal[1];
        this.contextRunner.run((context) -> {
            portal[0] = context.getBean(BlockingPortal.class);
            context.getBean(AsyncTools.class).taskGroup().startSoon("ticker", () -> {
                try {
                    while (true) {
                        ticks.incrementAndGet();
                        Thread.sleep(5);
                    }
                }
                finally {
                    stopped.countDown();
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> ticks.get() >= 2);
        });
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(portal[0].isStopped()).isTrue();
    }

    @Test
    void windowWhenLabelIsInvalidShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.app.windows[0].label=no spaces").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.windows[0]")
                .hasStackTraceContaining("property label")
                .rootCause().hasMessageContaining("label 'no spaces' is not valid");
        });
    }

    @Test
    void windowWhenSizeIsNotPositiveShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.app.windows[0].width=0").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.app.windows[0]")
                .hasStackTraceContaining("property width")
                .rootCause().hasMessageContaining("width must be at least 1 pixel, was 0");
        });
    }

    @Test
    void windowsWhenTwoShareALabelShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.app.windows[0].label=main", "tauri.app.windows[1].label=main")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("app.windows[1].label")
                    .hasMessageContaining("Another window already has the label 'main'");
            });
    }

    @Test
    void identifierWhenNotReverseDomainShouldFailTheStartupNamingTheProperty() {
        this.contextRunner.withPropertyValues("tauri.identifier=../notes").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri")
                .hasStackTraceContaining("property identifier")
                .rootCause().hasMessageContaining("identifier '../notes' is not valid");
        });
    }

    @Test
    void devUrlWhenNotHttpShouldFailTheStartup() {
        this.contextRunner.withPropertyValues("tauri.build.dev-url=ftp://localhost:5173").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("tauri.build")
                .hasStackTraceContaining("property dev-url")
                .rootCause().hasMessageContaining("dev-url must be an http or https URL, was 'ftp://localhost:5173'");
        });
    }

    @Test
    void propertiesWhenNotSetShouldHaveTheirDefaults() {
        this.contextRunner.run((context) -> {
            TauriProperties properties = context.getBean(TauriProperties.class);
            assertThat(properties.getBuild().getFrontendDist()).isEqualTo("classpath:/static/");
            assertThat(properties.getApp().getWindows()).singleElement().satisfies((window) -> {
                assertThat(window.getLabel()).isEqualTo("main");
                assertThat(window.getUrl()).isEqualTo("index.html");
            });
            assertThat(properties.getWebview().isEnabled()).isTrue();
            assertThat(properties.getAsync().getShutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(properties.getImage().getMaxPixels()).isEqualTo(4096 * 4096);
        });
    }

    @Test
    void runnerWhenWebviewIsDisabledShouldSaySoInOneLine(CapturedOutput output) {
        this.contextRunner.withPropertyValues("tauri.webview.enabled=false").run((context) -> {
            context.getBean(TauriApplicationRunner.class).run(null);
            assertThat(output).containsOnlyOnce("jtauri runs headless (tauri.webview.enabled=false)");
        });
    }

    @Test
    void runnerWhenUserDefinedShouldBackOff() {
        this.contextRunner.withBean("customRunner", TauriApplicationRunner.class,
                () -> new TauriApplicationRunner(null, null, null, "test", null))
            .run((context) -> assertThat(context).getBean(TauriApplicationRunner.class)
                .isSameAs(context.getBean("customRunner")));
    }

    /** A PNG of 3 x 2 pixels, as the bytes a page sends: numbers from 0 to 255. */
    private static List<Integer> pngOfThreeByTwo() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB), "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Integer> bytes = new ArrayList<>();
        for (byte b : png.toByteArray()) {
            bytes.add(b & 0xff);
        }
        return bytes;
    }

    @Configuration(proxyBeanMethods = false)
    static class GreeterConfiguration {

        @Bean
        Greeter greeter() {
            return new Greeter();
        }
    }

    static class Greeter {

        @TauriCommand
        public String greet(String name) {
            return "Hello, " + name + "!";
        }

        @TauriCommand
        String shout(String text) {
            return text.toUpperCase();
        }

        @TauriCommand
        public String threadName() {
            return Thread.currentThread().getName();
        }

        @TauriCommand
        public boolean isVirtual() throws Exception {
            try {
                return (boolean) Thread.class.getMethod("isVirtual").invoke(Thread.currentThread());
            }
            catch (NoSuchMethodException ex) {
                return false;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SnakeCaseMapperConfiguration {

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        }

        @Bean
        People people() {
            return new People();
        }
    }

    static class People {

        @TauriCommand
        public Greeting greetPerson(@Body Person person) {
            return new Greeting("Hello, " + person.firstName() + "!");
        }
    }

    record Person(String firstName) {
    }

    record Greeting(String greetingText) {
    }

    @Configuration(proxyBeanMethods = false)
    static class ValidatedConfiguration {

        @Bean
        Registration registration() {
            return new Registration();
        }
    }

    @org.springframework.validation.annotation.Validated
    static class Registration {

        @TauriCommand
        public String register(@jakarta.validation.constraints.NotBlank String name,
                @jakarta.validation.constraints.Min(0) int age) {
            return name + " (" + age + ")";
        }

        @TauriCommand
        public @jakarta.validation.constraints.NotBlank String nickname() {
            return "";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ClashingConfiguration {

        @Bean
        OtherGreeter otherGreeter() {
            return new OtherGreeter();
        }
    }

    static class OtherGreeter {

        @TauriCommand("greet")
        public String greetDifferently(String name) {
            return "Hi " + name;
        }
    }

    static class PluginImpostor {

        @TauriCommand("plugin:event|wipe")
        public void wipe() {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomAsyncToolsConfiguration {

        @Bean
        AsyncTools customAsyncTools(BlockingPortal portal) {
            return new AsyncTools(portal, Runnable::run, Duration.ofSeconds(1));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomPortalExecutorConfiguration {

        final ExecutorService executor = Executors.newCachedThreadPool(TauriExecutors.daemonThreads("custom-portal-"));

        @Bean(name = TauriAutoConfiguration.PORTAL_EXECUTOR_BEAN_NAME, destroyMethod = "shutdownNow")
        ExecutorService tauriPortalExecutor() {
            return this.executor;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAspectJAutoProxy
    static class ProxiedCommandsConfiguration {

        @Bean
        CountingAspect countingAspect() {
            return new CountingAspect();
        }

        @Bean
        ClassCommands classCommands() {
            return new ClassCommands();
        }

        @Bean
        InterfaceCommands interfaceCommands() {
            return new InterfaceCommandsImpl();
        }
    }

    @Aspect
    static class CountingAspect {

        final AtomicInteger calls = new AtomicInteger();

        @Around("execution(* dev.jtauri.autoconfigure.TauriAutoConfigurationTests.*Commands*.proxied*(..))")
        Object count(ProceedingJoinPoint joinPoint) throws Throwable {
            this.calls.incrementAndGet();
            return joinPoint.proceed();
        }
    }

    static class ClassCommands {

        @TauriCommand
        public int proxiedClass(int value) {
            return value * 2;
        }
    }

    interface InterfaceCommands {

        int proxiedInterface(int value);
    }

    static class InterfaceCommandsImpl implements InterfaceCommands {

        @Override
        @TauriCommand
        public int proxiedInterface(int value) {
            return value * value;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomResolverConfiguration {

        @Bean
        ArgumentResolver callerNameResolver() {
            return (parameter) -> (parameter.rawType() == CallerName.class)
                    ? (context) -> new CallerName("resolved by a bean") : null;
        }

        @Bean
        WhoAmI whoAmI() {
            return new WhoAmI();
        }
    }

    record CallerName(String value) {
    }

    static class WhoAmI {

        @TauriCommand
        public String whoAmI(CallerName caller) {
            return caller.value();
        }
    }

}
