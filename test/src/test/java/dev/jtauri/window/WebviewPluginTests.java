package dev.jtauri.window;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.jtauri.RuntimeFixture;
import dev.jtauri.acl.Capability;
import dev.jtauri.webview.WindowOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code new WebviewWindow(label, options)} and the webview functions through the invoke
 * pipeline: the options webviewWindow.js sends become a window's options, what cannot be honoured
 * is refused before a window opens, and a failure reaches the page as its {@code tauri://error}.
 */
class WebviewPluginTests {

    private final List<WindowOptions> opened = new CopyOnWriteArrayList<>();

    private final RuntimeFixture fixture = RuntimeFixture.start((builder) -> builder
        .plugins(List.of(WindowPluginCommands.plugin(), WebviewPluginCommands.plugin()))
        .capabilities(List.of(Capability.builder("all").windows("*")
            .permissions("core:default", "core:webview:allow-create-webview-window", "core:webview:allow-set-webview-zoom")
            .build())));

    WebviewPluginTests() {
        this.fixture.runtime.windowOpener((options) -> {
            if (options.label().equals("taken")) {
                throw new IllegalArgumentException("A window labelled 'taken' already exists");
            }
            this.opened.add(options);
            return null;
        });
    }

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void createShouldOpenAWindowWithTheOptionsAsSent() {
        this.fixture.client.invoke("plugin:webview|create_webview_window", Map.of("options",
                Map.of("label", "settings", "url", "settings.html", "title", "Settings", "width", 420, "height", 300,
                        "x", 10, "y", 20, "resizable", false, "alwaysOnTop", true, "theme", "dark")))
            .json();

        assertThat(this.opened).containsExactly(WindowOptions.builder("settings", "settings.html").title("Settings")
            .size(420, 300).position(10.0, 20.0).resizable(false).alwaysOnTop(true).theme(Theme.DARK).build());
    }

    @Test
    void createWithoutOptionsShouldOpenTauriDefaults() {
        this.fixture.client.invoke("plugin:webview|create_webview_window", Map.of("options", Map.of("label", "plain")))
            .json();

        assertThat(this.opened).containsExactly(WindowOptions.builder("plain", "index.html").build());
    }

    @Test
    void createWithAnOptionThisSystemCannotHonourShouldRejectNamingIt() {
        assertThat(this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "glass", "transparent", true))).error().message())
            .isEqualTo("the window option 'transparent' is not supported on " + NotSupportedException.OS);
        assertThat(this.opened).isEmpty();
    }

    @Test
    void createShouldKeepAWindowOpenAgainstItsCloseButtonWhenNotClosable() {
        this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "sticky", "closable", false))).json();

        assertThat(this.opened).extracting(WindowOptions::closable).containsExactly(false);
    }

    @Test
    void createWithButtonsOrLooksSwingCannotGiveShouldRejectNamingTheOption() {
        assertThat(this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "plain", "maximizable", false))).error().message())
            .isEqualTo("the window option 'maximizable' is not supported on " + NotSupportedException.OS);
        assertThat(this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "plain", "backgroundColor", List.of(0, 0, 0)))).error().message())
            .isEqualTo("the window option 'backgroundColor' is not supported on " + NotSupportedException.OS);
        assertThat(this.opened).isEmpty();
    }

    @Test
    void createWithOptionsThatDoNotFitShouldRejectSayingWhy() {
        assertThat(this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "odd", "x", 10))).error().message())
            .isEqualTo("Window 'odd' needs both x and y, or neither");
        assertThat(this.fixture.client.invoke("plugin:webview|create_webview_window",
                Map.of("options", Map.of("label", "taken"))).error().message())
            .isEqualTo("A window labelled 'taken' already exists");
    }

    @Test
    void createWhenTheAppShowsNoWindowsShouldRejectSayingSo() {
        RuntimeFixture headless = RuntimeFixture.start((builder) -> builder.plugins(List.of(WebviewPluginCommands.plugin()))
            .capabilities(List.of(Capability.builder("all").windows("*")
                .permissions("core:webview:allow-create-webview-window").build())));
        try {
            assertThat(headless.client.invoke("plugin:webview|create_webview_window",
                    Map.of("options", Map.of("label", "x"))).error().message())
                .startsWith("No window can open: the app shows no windows");
        }
        finally {
            headless.close();
        }
    }

    @Test
    void creatingAWindowShouldNeedItsPermissionAsInTauri() {
        RuntimeFixture defaults = RuntimeFixture.start((builder) -> builder
            .plugins(List.of(WindowPluginCommands.plugin(), WebviewPluginCommands.plugin())));
        try {
            assertThat(defaults.client.invoke("plugin:webview|create_webview_window",
                    Map.of("options", Map.of("label", "x"))).error().message())
                .isEqualTo("plugin:webview|create_webview_window is not allowed in window 'main': it needs the "
                        + "permission core:webview:allow-create-webview-window");
        }
        finally {
            defaults.close();
        }
    }

    @Test
    void zoomShouldTakeOnlyAPositiveFactor() {
        RecordingWindow window = new RecordingWindow("main-view", this.fixture.app());
        this.fixture.runtime.connect(window);

        this.fixture.client.invoke("plugin:webview|set_webview_zoom", Map.of("label", "main-view", "value", 1.5)).json();

        assertThat(window.calls).containsExactly(new RecordingWindow.Call("setZoom", List.of(1.5)));
        assertThat(this.fixture.client.invoke("plugin:webview|set_webview_zoom",
                Map.of("label", "main-view", "value", -1)).error().message())
            .isEqualTo("a zoom factor must be a positive number, not -1.0");
    }

    @Test
    void theDevToolsKeyShouldToggleTheWebviewsDevToolsUnderTheDefaultPermissions() {
        RuntimeFixture defaults = RuntimeFixture.start((builder) -> builder
            .plugins(List.of(WindowPluginCommands.plugin(), WebviewPluginCommands.plugin())));
        try {
            RecordingWindow window = new RecordingWindow("main-view", defaults.app());
            defaults.runtime.connect(window);

            assertThat(defaults.client.invoke("plugin:webview|internal_toggle_devtools", Map.of("label", "main-view"))
                .json()).isEqualTo("null");

            assertThat(window.calls).containsExactly(new RecordingWindow.Call("toggleDevtools", List.of()));
        }
        finally {
            defaults.close();
        }
    }

    @Test
    void everyWindowShouldListAsOneWebviewOfItsLabel() {
        this.fixture.runtime.connect(new RecordingWindow("second", this.fixture.app()));

        assertThat(this.fixture.client.invoke("plugin:webview|get_all_webviews").json())
            .isEqualTo("[{\"label\":\"second\",\"windowLabel\":\"second\"}]");
    }
}
