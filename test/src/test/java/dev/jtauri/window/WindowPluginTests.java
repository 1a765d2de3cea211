package dev.jtauri.window;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.acl.Capability;
import dev.jtauri.dpi.LogicalPosition;
import dev.jtauri.dpi.LogicalSize;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.window.RecordingWindow.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @tauri-apps/api/window} through the invoke pipeline: the arguments window.js sends
 * reach the {@code WebviewWindow} API with their types, getters answer in Tauri's shapes, and
 * what cannot be done is refused with a message. The page is "main" (no window of its own, as
 * the test client); the window acted on is "settings", named by {@code label} as window.js does.
 */
class WindowPluginTests {

    private final RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder
        .plugins(List.of(WindowPluginCommands.plugin()))
        .capabilities(List.of(Capability.builder("all").windows(List.of("*"))
            .permissions(List.of("core:window:default", "core:window:allow-set-size", "core:window:allow-set-position",
                    "core:window:allow-set-size-constraints", "core:window:allow-request-user-attention",
                    "core:window:allow-set-skip-taskbar", "core:window:allow-set-theme"))
            .build())));

    private final RecordingWindow settings = new RecordingWindow("settings", this.fixture.app());

    WindowPluginTests() {
        this.fixture.runtime.connect(this.settings);
    }

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void setSizeShouldPassALogicalOrPhysicalSizeAsSent() {
        invoke("plugin:window|set_size", Map.of("Logical", Map.of("width", 640.5, "height", 480)));
        invoke("plugin:window|set_size", Map.of("Physical", Map.of("width", 800, "height", 600)));

        assertThat(this.settings.calls).containsExactly(new Call("setSize", List.of(new LogicalSize(640.5, 480))),
                new Call("setSize", List.of(new PhysicalSize(800, 600))));
    }

    @Test
    void setSizeWhenNeitherOrBothKindsAreSentShouldRejectSayingTheShape() {
        assertThat(error("plugin:window|set_size", Map.of())).isEqualTo(
                "a size must be either {Logical: {width, height}} or {Physical: {width, height}}");
        assertThat(this.settings.calls).isEmpty();
    }

    @Test
    void setPositionShouldPassALogicalOrPhysicalPositionAsSent() {
        invoke("plugin:window|set_position", Map.of("Logical", Map.of("x", 12.5, "y", 8)));
        invoke("plugin:window|set_position", Map.of("Physical", Map.of("x", -4, "y", 30)));

        assertThat(this.settings.calls).containsExactly(new Call("setPosition", List.of(new LogicalPosition(12.5, 8))),
                new Call("setPosition", List.of(new PhysicalPosition(-4, 30))));
    }

    @Test
    void setSizeConstraintsShouldSetMinimumAndMaximumLeavingAnAbsentSideUnbounded() {
        Map<String, Object> constraints = new HashMap<>();
        constraints.put("minWidth", Map.of("Logical", 300));
        constraints.put("minHeight", null);
        constraints.put("maxWidth", null);
        constraints.put("maxHeight", null);

        invoke("plugin:window|set_size_constraints", constraints);

        assertThat(this.settings.calls).containsExactly(new Call("setMinSize", List.of(new LogicalSize(300, 0))),
                new Call("setMaxSize", java.util.Arrays.asList((Object) null)));
    }

    @Test
    void requestUserAttentionShouldTakeTheTypesWindowJsSendsAndRejectOthers() {
        invoke("plugin:window|request_user_attention", Map.of("type", "Critical"));
        invoke("plugin:window|request_user_attention", Map.of("type", "Informational"));
        invoke("plugin:window|request_user_attention", null);

        assertThat(this.settings.calls).extracting((call) -> call.arguments().get(0))
            .containsExactly(UserAttentionType.CRITICAL, UserAttentionType.INFORMATIONAL, null);
        assertThat(error("plugin:window|request_user_attention", Map.of("type", "Loud")))
            .isEqualTo("request_user_attention takes {type: 'Critical'}, {type: 'Informational'} or null, not {type: 'Loud'}");
    }

    @Test
    void setThemeShouldTakeTauriNamesOrNull() {
        invoke("plugin:window|set_theme", "dark");
        invoke("plugin:window|set_theme", null);

        assertThat(this.settings.calls).extracting((call) -> call.arguments().get(0)).containsExactly(Theme.DARK, null);
    }

    @Test
    void gettersShouldAnswerInTauriShapes() {
        assertThat(this.fixture.client.invoke("plugin:window|inner_size", Map.of("label", "settings")).json())
            .isEqualTo("{\"width\":640,\"height\":480}");
        assertThat(this.fixture.client.invoke("plugin:window|outer_position", Map.of("label", "settings")).json()
            ).isEqualTo("{\"x\":10,\"y\":20}");
        assertThat(this.fixture.client.invoke("plugin:window|title", Map.of("label", "settings")).as(String.class))
            .isEqualTo("Recorded");
        assertThat(this.fixture.client.invoke("plugin:window|get_all_windows").json())
            .isEqualTo("[\"settings\"]");
    }

    @Test
    void aWindowThatIsNotThereShouldBeNamedInTheRejection() {
        assertThat(this.fixture.client.invoke("plugin:window|title", Map.of("label", "nope")).error().message())
            .isEqualTo("window not found: 'nope'");
        // Without a label, the caller's own window: the test client has none.
        assertThat(this.fixture.client.invoke("plugin:window|title").error().message())
            .isEqualTo("window not found: 'main'");
    }

    @Test
    void whatTheSystemCannotDoShouldRejectNamingTheOperationAndTheSystem() {
        assertThat(error("plugin:window|set_skip_taskbar", true))
            .isEqualTo("setSkipTaskbar is not supported on " + NotSupportedException.OS);
    }

    @Test
    void mobileGettersShouldBeAllowedByDefaultAndRejectAsOnADesktopSystem() {
        assertThat(error("plugin:window|activity_name", null))
            .isEqualTo("activityName is not supported on " + NotSupportedException.OS);
        assertThat(error("plugin:window|scene_identifier", null))
            .isEqualTo("sceneIdentifier is not supported on " + NotSupportedException.OS);
    }

    @Test
    void theDoubleClickOfADragRegionShouldMaximizeOnlyAResizableWindow() {
        this.settings.resizable(false);
        invoke("plugin:window|internal_toggle_maximize", null);
        this.settings.resizable(true);
        invoke("plugin:window|internal_toggle_maximize", null);

        assertThat(this.settings.calls).containsExactly(new Call("toggleMaximize", List.of()));
    }

    @Test
    void aSetterOutsideTheGrantedPermissionsShouldRejectNamingThePermission() {
        assertThat(error("plugin:window|set_title", "x"))
            .isEqualTo("plugin:window|set_title is not allowed in window 'main': it needs the permission "
                    + "core:window:allow-set-title");
        assertThat(this.settings.calls).isEmpty();
    }

    private void invoke(String command, Object value) {
        Map<String, Object> args = new HashMap<>();
        args.put("label", "settings");
        args.put("value", value);
        this.fixture.client.invoke(command, args).json();
    }

    private String error(String command, Object value) {
        Map<String, Object> args = new HashMap<>();
        args.put("label", "settings");
        args.put("value", value);
        return this.fixture.client.invoke(command, args).error().message();
    }
}
