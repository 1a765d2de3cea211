package dev.jtauri.command;

import java.util.Map;

import dev.jtauri.Body;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.support.MethodTarget;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandRegistryTests {

    private final CommandRegistry registry = new CommandRegistry(JsonMapper.builder().build(),
            ArgumentResolverComposite.defaults());

    @Test
    void theNameDefaultsToTheMethodNameAndAnExplicitNameWins() {
        this.registry.registerAll(new Named());
        assertThat(this.registry.find("plain")).isPresent();
        assertThat(this.registry.find("custom_name")).isPresent();
        assertThat(this.registry.find("renamed")).isEmpty();
    }

    @Test
    void aHintIsTheClosestNameTheCallerMayCall() {
        this.registry.registerAll(new Named());
        assertThat(this.registry.suggest("plian", (name) -> true)).contains("plain");
        assertThat(this.registry.suggest("plian", (name) -> !name.equals("plain"))).isEmpty();
        assertThat(this.registry.suggest("custom_nmae", (name) -> true)).contains("custom_name");
        assertThat(this.registry.suggest("something else", (name) -> true)).isEmpty();
    }

    @Test
    void twoCommandsWithOneNameFailNamingBothMethods() {
        this.registry.registerAll(new Named());
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new Clash()))
            .withMessage("Two commands are named 'plain': Named#plain() and Clash#plain(String). "
                    + "Give one another name with @TauriCommand(\"...\")");
    }

    @Test
    void theBeanNameAppearsInMessagesWhenKnown() throws Exception {
        this.registry.register("plain", new MethodTarget("named", new Named(), Named.class,
                Named.class.getMethod("plain"), Named.class.getMethod("plain")));
        MethodTarget clash = new MethodTarget("clash", new Clash(), Clash.class,
                Clash.class.getMethod("plain", String.class), Clash.class.getMethod("plain", String.class));
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.register("plain", clash))
            .withMessageContaining("Named#plain() on bean 'named' and Clash#plain(String) on bean 'clash'");
    }

    @Test
    void aBodyParameterExcludesNamedArguments() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new BodyAndNamed()))
            .withMessageContaining("Command 'save' (BodyAndNamed#save(Map<String, Object>, String))")
            .withMessageContaining("parameter 'body' takes the whole body, so the command cannot also take named arguments [tag]");
    }

    @Test
    void twoBodyParametersAreRejected() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new TwoBodies()))
            .withMessageContaining("takes the whole body in more than one parameter [json, raw]");
    }

    @Test
    void statePrimitivesAreRejected() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new PrimitiveState()))
            .withMessageContaining("@State needs a reference type, not int");
    }

    @Test
    void namesWithWhitespaceAreRejected() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new Spaced()))
            .withMessageContaining("Command name 'two words' of Spaced#spaced() is not valid");
    }

    @Test
    void anAppCommandMayNotTakeThePluginPrefixReservedForPlugins() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new PluginImpostor()))
            .withMessageContaining("Command name 'plugin:event|wipe' of PluginImpostor#wipe() is not valid")
            .withMessageContaining("'plugin:' prefix");
        assertThat(this.registry.find("plugin:event|wipe")).isEmpty();
    }

    @Test
    void aPluginsCommandsAreNamedAfterThePlugin() {
        this.registry.registerPlugin("window-state", new Named());
        assertThat(this.registry.find("plugin:window-state|plain")).isPresent();
        assertThat(this.registry.find("plugin:window-state|custom_name")).isPresent();
        assertThat(this.registry.find("plain")).isEmpty();
    }

    @Test
    void aPluginNameMustBeKebabCase() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.registry.registerPlugin("Event|x", new Named()))
            .withMessageContaining("Plugin name 'Event|x' is not valid");
    }

    @Test
    void aFutureThatIsNotACompletionStageIsRejected() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.registry.registerAll(new ReturnsFuture()))
            .withMessageContaining("returns a Future, which cannot be awaited without blocking; return a CompletionStage");
    }

    @Test
    void privateMethodsOfPackagePrivateClassesCanBeCommands() {
        this.registry.registerAll(new Hidden());
        assertThat(this.registry.find("hidden")).isPresent();
    }

    static class Named {

        @TauriCommand
        public void plain() {
        }

        @TauriCommand("custom_name")
        public void renamed() {
        }
    }

    static class Clash {

        @TauriCommand
        public void plain(String text) {
        }
    }

    static class BodyAndNamed {

        @TauriCommand
        public void save(@Body Map<String, Object> body, String tag) {
        }
    }

    static class TwoBodies {

        @TauriCommand
        public void upload(@Body Map<String, Object> json, byte[] raw) {
        }
    }

    static class PrimitiveState {

        @TauriCommand
        public void count(@State int counter) {
        }
    }

    static class Spaced {

        @TauriCommand("two words")
        public void spaced() {
        }
    }

    static class PluginImpostor {

        @TauriCommand("plugin:event|wipe")
        public void wipe() {
        }
    }

    static class ReturnsFuture {

        @TauriCommand
        public java.util.concurrent.Future<String> later() {
            return java.util.concurrent.CompletableFuture.completedFuture("x");
        }
    }

    static class Hidden {

        @TauriCommand
        private String hidden() {
            return "ok";
        }
    }
}
