package dev.jtauri.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.jtauri.event.EventNames;
import dev.jtauri.image.ImageDecoder;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.runtime.CallLimits;
import dev.jtauri.webview.ContentSecurityPolicy;
import dev.jtauri.webview.NavigationPolicy;
import dev.jtauri.webview.PageSecurity;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of a jtauri app, under {@code tauri.*}. Where Tauri has the same idea, the
 * name follows {@code tauri.conf.json}.
 *
 * <p>Single values are checked as they are bound, and the whole (unique window labels, a JSON
 * document no longer than a request body) once bound, so a wrong setting fails the startup and
 * names the property.
 */
@ConfigurationProperties("tauri")
public class TauriProperties implements Validator {

    // Tauri's rule: alphanumerics, '-' and '.', with no empty segment.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");

    /**
     * The app's unique identifier in reverse domain notation, such as "com.example.notes": the
     * name of its folders (app data, config, cache, logs). When not set: derived from
     * spring.application.name, else from the name of the app's main class.
     */
    private @Nullable String identifier;

    /**
     * The app's name, for people, as getName() answers it. When not set: spring.application.name,
     * else the name in the build info (META-INF/build-info.properties), else the simple name of the
     * app's main class, else the identifier.
     */
    private @Nullable String productName;

    /**
     * The app's version, as getVersion() answers it. When not set: the version in the build info
     * (META-INF/build-info.properties), else the Implementation-Version of the main class's jar,
     * else 0.0.0.
     */
    private @Nullable String version;

    private final Build build = new Build();

    private final Bundle bundle = new Bundle();

    private final App app = new App();

    private final Webview webview = new Webview();

    private final Async async = new Async();

    private final Ipc ipc = new Ipc();

    private final Image image = new Image();

    public @Nullable String getIdentifier() {
        return this.identifier;
    }

    public void setIdentifier(@Nullable String identifier) {
        if (identifier != null && !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("identifier '" + identifier + "' is not valid: use alphanumeric "
                    + "characters, '-' and '.', in reverse domain notation such as com.example.notes");
        }
        this.identifier = identifier;
    }

    public @Nullable String getProductName() {
        return this.productName;
    }

    public void setProductName(@Nullable String productName) {
        this.productName = blankToNull("product-name", productName);
    }

    public @Nullable String getVersion() {
        return this.version;
    }

    public void setVersion(@Nullable String version) {
        this.version = blankToNull("version", version);
    }

    private static @Nullable String blankToNull(String name, @Nullable String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public Build getBuild() {
        return this.build;
    }

    public Bundle getBundle() {
        return this.bundle;
    }

    public App getApp() {
        return this.app;
    }

    public Webview getWebview() {
        return this.webview;
    }

    public Async getAsync() {
        return this.async;
    }

    public Ipc getIpc() {
        return this.ipc;
    }

    public Image getImage() {
        return this.image;
    }

    @Override
    public boolean supports(Class<?> type) {
        return TauriProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        Ipc ipc = ((TauriProperties) target).getIpc();
        DataSize document = ipc.getMaxDocumentLength();
        if (document != null && document.toBytes() > ipc.getMaxPayloadSize().toBytes()) {
            errors.rejectValue("ipc.max-document-length", "tooLarge", "The longest JSON text (" + document
                    + ") must not exceed the largest request body, max-payload-size (" + ipc.getMaxPayloadSize() + ")");
        }
        List<Capability> capabilities = ((TauriProperties) target).getApp().getSecurity().getCapabilities();
        for (int i = 0; i < capabilities.size(); i++) {
            Capability capability = capabilities.get(i);
            if (capability.getWindows().isEmpty() && capability.getWebviews().isEmpty()) {
                errors.rejectValue("app.security.capabilities[" + i + "]", "noWindow",
                        "A capability needs at least one window (or webview) it applies to");
            }
            if (capability.getCommands().isEmpty() && capability.getPermissions().isEmpty()) {
                errors.rejectValue("app.security.capabilities[" + i + "]", "noGrant",
                        "A capability needs at least one command or permission it grants");
            }
        }
        Set<String> labels = new HashSet<>();
        List<Window> windows = ((TauriProperties) target).getApp().getWindows();
        for (int i = 0; i < windows.size(); i++) {
            String label = windows.get(i).getLabel();
            if (!labels.add(label)) {
                errors.rejectValue("app.windows[" + i + "].label", "duplicate",
                        "Another window already has the label '" + label + "'; window labels must be unique");
            }
            try {
                windows.get(i).toOptions();
            }
            catch (IllegalArgumentException ex) {
                errors.rejectValue("app.windows[" + i + "]", "invalid", ex.getMessage());
            }
        }
    }

    /**
     * Where the frontend comes from.
     */
    public static class Build {

        /**
         * Location of the built frontend, served to the windows. Its entry page is index.html.
         */
        private String frontendDist = "classpath:/static/";

        /**
         * URL of a development server (such as Vite's) to load instead of frontend-dist.
         */
        private @Nullable URI devUrl;

        public String getFrontendDist() {
            return this.frontendDist;
        }

        public void setFrontendDist(String frontendDist) {
            if (frontendDist.isBlank()) {
                throw new IllegalArgumentException("frontend-dist must not be blank");
            }
            this.frontendDist = frontendDist.endsWith("/") ? frontendDist : frontendDist + "/";
        }

        public @Nullable URI getDevUrl() {
            return this.devUrl;
        }

        public void setDevUrl(@Nullable URI devUrl) {
            if (devUrl != null && !("http".equals(devUrl.getScheme()) || "https".equals(devUrl.getScheme()))) {
                throw new IllegalArgumentException("dev-url must be an http or https URL, was '" + devUrl + "'");
            }
            this.devUrl = devUrl;
        }
    }

    /**
     * What is shipped beside the app's code.
     */
    public static class Bundle {

        /**
         * The app's resources folder, as resourceDir() answers it. When not set: the folder of the
         * jar holding the app's main class (its classes folder when run from an IDE or a build).
         */
        private @Nullable Path resourceDir;

        /**
         * The app's icon (PNG, JPEG, GIF or BMP), which windows show and defaultWindowIcon()
         * answers. When not set: classpath:icons/icon.png if there is one.
         */
        private @Nullable String icon;

        public @Nullable String getIcon() {
            return this.icon;
        }

        public void setIcon(@Nullable String icon) {
            this.icon = icon;
        }

        public @Nullable Path getResourceDir() {
            return this.resourceDir;
        }

        public void setResourceDir(@Nullable Path resourceDir) {
            this.resourceDir = resourceDir;
        }
    }

    /**
     * The app's windows and security.
     */
    public static class App {

        /**
         * Windows to open at startup. One window labelled "main" by default.
         */
        private List<Window> windows = new ArrayList<>(List.of(new Window()));

        private final Security security = new Security();

        public List<Window> getWindows() {
            return this.windows;
        }

        public void setWindows(List<Window> windows) {
            this.windows = windows;
        }

        public Security getSecurity() {
            return this.security;
        }
    }

    /**
     * What the app's pages may do.
     */
    public static class Security {

        /**
         * Which windows may call which commands and use which permissions, beside those of the
         * capability files. With no capability at all, every window gets core:default.
         */
        private List<Capability> capabilities = new ArrayList<>();

        /**
         * Where Tauri capability files (JSON) are read from.
         */
        private String capabilityFiles = "classpath*:capabilities/*.json";

        /**
         * Content Security Policy of the app's HTML pages, as a string ("default-src 'self';
         * img-src 'self' data:") or directive by directive (csp.default-src='self'). jtauri adds
         * a nonce of each page to script-src and style-src. None when not set.
         */
        private @Nullable Csp csp;

        /**
         * Content Security Policy of the app's HTML pages when build.dev-url is set, as csp; csp
         * when not set.
         */
        private @Nullable Csp devCsp;

        /**
         * Directives of the Content Security Policy that jtauri leaves as written, giving the page's
         * tags of their kind no nonce: true for script-src and style-src, or their names. Without
         * the nonce, the bridge's script passes script-src only if it allows 'self'.
         */
        private List<String> dangerousDisableAssetCspModification = new ArrayList<>();

        /**
         * What a window does when its page is about to leave the app's origins (a link, a form,
         * location.href, window.open): deny (it stays), open-external (it stays, and an http,
         * https or mailto URL opens in the system's browser or mail client), or allow (it goes;
         * the page gets no IPC). Where the app itself sends a window is not affected.
         */
        private NavigationPolicy navigation = NavigationPolicy.OPEN_EXTERNAL;

        public List<Capability> getCapabilities() {
            return this.capabilities;
        }

        public void setCapabilities(List<Capability> capabilities) {
            this.capabilities = capabilities;
        }

        public String getCapabilityFiles() {
            return this.capabilityFiles;
        }

        public void setCapabilityFiles(String capabilityFiles) {
            if (capabilityFiles.isBlank()) {
                throw new IllegalArgumentException("capability-files must not be blank");
            }
            this.capabilityFiles = capabilityFiles;
        }

        public @Nullable Csp getCsp() {
            return this.csp;
        }

        public void setCsp(@Nullable Csp csp) {
            this.csp = checked(csp);
        }

        public @Nullable Csp getDevCsp() {
            return this.devCsp;
        }

        public void setDevCsp(@Nullable Csp devCsp) {
            this.devCsp = checked(devCsp);
        }

        private static @Nullable Csp checked(@Nullable Csp csp) {
            if (csp != null) {
                csp.toPolicy();
            }
            return csp;
        }

        public List<String> getDangerousDisableAssetCspModification() {
            return this.dangerousDisableAssetCspModification;
        }

        public void setDangerousDisableAssetCspModification(List<String> directives) {
            unmodifiedCsp(directives);
            this.dangerousDisableAssetCspModification = directives;
        }

        public NavigationPolicy getNavigation() {
            return this.navigation;
        }

        public void setNavigation(NavigationPolicy navigation) {
            this.navigation = navigation;
        }

        /**
         * The policy of the app's pages.
         * @param devServer whether the pages come from build.dev-url
         * @return dev-csp with a dev server, when set, else csp; {@code null} for none
         */
        public @Nullable ContentSecurityPolicy policy(boolean devServer) {
            Csp chosen = (devServer && this.devCsp != null) ? this.devCsp : this.csp;
            return (chosen != null) ? chosen.toPolicy() : null;
        }

        /**
         * How the app's pages are protected.
         * @param devServer whether the pages come from build.dev-url
         * @return the policy, what jtauri leaves as written, and where pages may go
         */
        public PageSecurity toPageSecurity(boolean devServer) {
            return new PageSecurity(policy(devServer), unmodifiedCsp(this.dangerousDisableAssetCspModification),
                    this.navigation);
        }

        /** Tauri's DisabledCspModificationKind: a flag, or directive names. */
        private static Set<String> unmodifiedCsp(List<String> values) {
            if (values.isEmpty() || values.equals(List.of("false"))) {
                return Set.of();
            }
            if (values.equals(List.of("true"))) {
                return ContentSecurityPolicy.NONCED_DIRECTIVES;
            }
            Set<String> directives = new HashSet<>();
            for (String value : values) {
                if (!ContentSecurityPolicy.NONCED_DIRECTIVES.contains(value)) {
                    throw new IllegalArgumentException("dangerous-disable-asset-csp-modification must be true, false, "
                            + "or directives among script-src and style-src (those jtauri adds nonces to), was "
                            + values);
                }
                directives.add(value);
            }
            return directives;
        }
    }

    /**
     * A Content Security Policy as configured: one string, bound through {@link #valueOf}, or its
     * directives one by one, each with its sources separated by spaces, as Tauri's directive map.
     */
    public static class Csp extends LinkedHashMap<String, String> {

        /**
         * A policy written as one string: "default-src 'self'; img-src 'self' data:".
         * @param policy the policy
         * @return its directives
         * @throws IllegalArgumentException when it is not a policy a browser reads as written
         */
        public static Csp valueOf(String policy) {
            Csp csp = new Csp();
            ContentSecurityPolicy.parse(policy).directives()
                .forEach((name, sources) -> csp.put(name, String.join(" ", sources)));
            return csp;
        }

        /**
         * The policy, checked.
         * @return the policy
         * @throws IllegalArgumentException when it is not a policy a browser reads as written
         */
        public ContentSecurityPolicy toPolicy() {
            return ContentSecurityPolicy.of(this);
        }
    }

    /**
     * Permissions and commands some windows may use, as a Tauri capability.
     */
    public static class Capability {

        /**
         * Unique name of the capability, shown in messages. "capabilities[n]" by default.
         */
        private @Nullable String identifier;

        /**
         * What the capability is for.
         */
        private String description = "";

        /**
         * Labels of the windows it applies to; '*' matches any characters.
         */
        private List<String> windows = new ArrayList<>();

        /**
         * Labels of the webviews it applies to; '*' matches any characters. A webview's label
         * is its window's.
         */
        private List<String> webviews = new ArrayList<>();

        /**
         * Tauri permissions it grants, such as "core:default" or "core:window:allow-set-title".
         */
        private List<String> permissions = new ArrayList<>();

        /**
         * Names of the app's own commands it allows; '*' matches any characters. Once any
         * capability lists commands, an app command runs only in windows a capability lists it
         * for; while none does, every window may call every app command.
         */
        private List<String> commands = new ArrayList<>();

        /**
         * Platforms it applies on: linux, macOS, windows, iOS, android. All when empty.
         */
        private List<String> platforms = new ArrayList<>();

        public @Nullable String getIdentifier() {
            return this.identifier;
        }

        public void setIdentifier(@Nullable String identifier) {
            this.identifier = identifier;
        }

        public String getDescription() {
            return this.description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<String> getWebviews() {
            return this.webviews;
        }

        public void setWebviews(List<String> webviews) {
            this.webviews = webviews;
        }

        public List<String> getPermissions() {
            return this.permissions;
        }

        public void setPermissions(List<String> permissions) {
            this.permissions = permissions;
        }

        public List<String> getPlatforms() {
            return this.platforms;
        }

        public void setPlatforms(List<String> platforms) {
            this.platforms = platforms;
        }

        public List<String> getWindows() {
            return this.windows;
        }

        public void setWindows(List<String> windows) {
            this.windows = windows;
        }

        public List<String> getCommands() {
            return this.commands;
        }

        public void setCommands(List<String> commands) {
            this.commands = commands;
        }
    }

    /**
     * A window to open at startup.
     */
    public static class Window {

        /**
         * Unique label of the window: alphanumerics, '-', '/', ':' and '_'.
         */
        private String label = "main";

        /**
         * Title of the window. When not set: the app's name, that is tauri.identifier, else
         * spring.application.name, else the name of the app's main class.
         */
        private @Nullable String title;

        /**
         * Width of the window's content area in logical pixels.
         */
        private double width = WindowOptions.DEFAULT_WIDTH;

        /**
         * Height of the window's content area in logical pixels.
         */
        private double height = WindowOptions.DEFAULT_HEIGHT;

        /**
         * Page to load, relative to the frontend, or an absolute URL.
         */
        private String url = "index.html";

        /**
         * Left edge of the window on the desktop, in logical pixels. Set together with y; when not set, the system places the window.
         */
        private @Nullable Double x;

        /**
         * Top edge of the window on the desktop, in logical pixels. Set together with x.
         */
        private @Nullable Double y;

        /**
         * Whether to center the window on its monitor, when x and y are not set.
         */
        private boolean center;

        /**
         * Smallest width the user may give the content area, in logical pixels.
         */
        private @Nullable Double minWidth;

        /**
         * Smallest height the user may give the content area, in logical pixels.
         */
        private @Nullable Double minHeight;

        /**
         * Largest width the user may give the content area, in logical pixels.
         */
        private @Nullable Double maxWidth;

        /**
         * Largest height the user may give the content area, in logical pixels.
         */
        private @Nullable Double maxHeight;

        /**
         * Whether the user may resize the window.
         */
        private boolean resizable = true;

        /**
         * Whether the window has the system's title bar and borders.
         */
        private boolean decorations = true;

        /**
         * Whether the window opens fullscreen.
         */
        private boolean fullscreen;

        /**
         * Whether the window opens maximized.
         */
        private boolean maximized;

        /**
         * Whether the window stays above other windows.
         */
        private boolean alwaysOnTop;

        /**
         * Whether the window is shown when it opens; a hidden window can be shown later from the page or from Java.
         */
        private boolean visible = true;

        /**
         * Whether the window takes the keyboard focus when it opens.
         */
        private boolean focus = true;

        /**
         * The window's theme, light or dark; when not set, the page follows the system.
         */
        private @Nullable Theme theme;

        /**
         * Whether the window's close button closes it.
         */
        private boolean closable = true;

        public String getLabel() {
            return this.label;
        }

        public void setLabel(String label) {
            if (!EventNames.isValid(label)) {
                throw new IllegalArgumentException("label '" + label
                        + "' is not valid: use only alphanumeric characters, '-', '/', ':' and '_'");
            }
            this.label = label;
        }

        public @Nullable String getTitle() {
            return this.title;
        }

        public void setTitle(@Nullable String title) {
            this.title = title;
        }

        public double getWidth() {
            return this.width;
        }

        public void setWidth(double width) {
            this.width = requirePositive("width", width);
        }

        public double getHeight() {
            return this.height;
        }

        public void setHeight(double height) {
            this.height = requirePositive("height", height);
        }

        public String getUrl() {
            return this.url;
        }

        public void setUrl(String url) {
            if (url.isBlank()) {
                throw new IllegalArgumentException("url must not be blank");
            }
            this.url = url;
        }

        public @Nullable Double getX() {
            return this.x;
        }

        public void setX(@Nullable Double x) {
            this.x = x;
        }

        public @Nullable Double getY() {
            return this.y;
        }

        public void setY(@Nullable Double y) {
            this.y = y;
        }

        public boolean isCenter() {
            return this.center;
        }

        public void setCenter(boolean center) {
            this.center = center;
        }

        public @Nullable Double getMinWidth() {
            return this.minWidth;
        }

        public void setMinWidth(@Nullable Double minWidth) {
            this.minWidth = (minWidth != null) ? requirePositive("min-width", minWidth) : null;
        }

        public @Nullable Double getMinHeight() {
            return this.minHeight;
        }

        public void setMinHeight(@Nullable Double minHeight) {
            this.minHeight = (minHeight != null) ? requirePositive("min-height", minHeight) : null;
        }

        public @Nullable Double getMaxWidth() {
            return this.maxWidth;
        }

        public void setMaxWidth(@Nullable Double maxWidth) {
            this.maxWidth = (maxWidth != null) ? requirePositive("max-width", maxWidth) : null;
        }

        public @Nullable Double getMaxHeight() {
            return this.maxHeight;
        }

        public void setMaxHeight(@Nullable Double maxHeight) {
            this.maxHeight = (maxHeight != null) ? requirePositive("max-height", maxHeight) : null;
        }

        public boolean isResizable() {
            return this.resizable;
        }

        public void setResizable(boolean resizable) {
            this.resizable = resizable;
        }

        public boolean isDecorations() {
            return this.decorations;
        }

        public void setDecorations(boolean decorations) {
            this.decorations = decorations;
        }

        public boolean isFullscreen() {
            return this.fullscreen;
        }

        public void setFullscreen(boolean fullscreen) {
            this.fullscreen = fullscreen;
        }

        public boolean isMaximized() {
            return this.maximized;
        }

        public void setMaximized(boolean maximized) {
            this.maximized = maximized;
        }

        public boolean isAlwaysOnTop() {
            return this.alwaysOnTop;
        }

        public void setAlwaysOnTop(boolean alwaysOnTop) {
            this.alwaysOnTop = alwaysOnTop;
        }

        public boolean isVisible() {
            return this.visible;
        }

        public void setVisible(boolean visible) {
            this.visible = visible;
        }

        public boolean isFocus() {
            return this.focus;
        }

        public void setFocus(boolean focus) {
            this.focus = focus;
        }

        public @Nullable Theme getTheme() {
            return this.theme;
        }

        public void setTheme(@Nullable Theme theme) {
            this.theme = theme;
        }

        public boolean isClosable() {
            return this.closable;
        }

        public void setClosable(boolean closable) {
            this.closable = closable;
        }

        /**
         * The window's options, checked as a whole.
         * @return the options
         * @throws IllegalArgumentException when they do not fit together
         */
        public WindowOptions toOptions() {
            return WindowOptions.builder(this.label, this.url)
                .title(this.title)
                .size(this.width, this.height)
                .position(this.x, this.y)
                .center(this.center)
                .minSize(this.minWidth, this.minHeight)
                .maxSize(this.maxWidth, this.maxHeight)
                .resizable(this.resizable)
                .decorations(this.decorations)
                .fullscreen(this.fullscreen)
                .maximized(this.maximized)
                .alwaysOnTop(this.alwaysOnTop)
                .visible(this.visible)
                .focus(this.focus)
                .theme(this.theme)
                .closable(this.closable)
                .build();
        }

        private static double requirePositive(String name, double value) {
            if (!(value >= 1) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(name + " must be at least 1 pixel, was " + value);
            }
            return value;
        }
    }

    /**
     * The window runtime.
     */
    public static class Webview {

        /**
         * Whether to open windows. When false, no window opens and commands are still served in
         * process: for tests, CI and machines without a display.
         */
        private boolean enabled = true;

        /**
         * Whether the application runner blocks the main thread until the app exits, as PyTauri's
         * run_return. Tests that open windows turn it off.
         */
        private boolean awaitExit = true;

        /**
         * Whether to start CEF while the Spring context starts, so the two overlap. Turn it off
         * to start CEF only when the windows open.
         */
        private boolean earlyStart = true;

        /**
         * Whether the windows open as soon as CEF is ready, while the context is still starting,
         * their invokes held until the commands are registered. Needs early-start. Turn it off to
         * open them once the context is ready.
         */
        private boolean earlyWindows = true;

        /**
         * Whether, a second after the app is ready, one full collection shrinks the heap and the
         * native heap is trimmed, giving back the memory the start used and no longer needs.
         */
        private boolean releaseMemoryAfterStart = true;

        /**
         * Whether F12 opens Chromium's DevTools. On by default when dev-url is set.
         */
        private @Nullable Boolean devtools;

        /**
         * Where CEF's native files are installed on the first run. A per-user cache directory
         * keyed by the CEF build by default.
         */
        private @Nullable Path installDir;

        /**
         * CEF's profile directory (cache, cookies, local storage), which one process at a time
         * may use. A per-user cache directory named after the app by default: tauri.identifier,
         * else spring.application.name, else the name of the app's main class.
         */
        private @Nullable Path dataDir;

        /**
         * Extra Chromium command-line switches, such as "--disable-gpu", after jtauri's own.
         */
        private List<String> args = new ArrayList<>();

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isAwaitExit() {
            return this.awaitExit;
        }

        public void setAwaitExit(boolean awaitExit) {
            this.awaitExit = awaitExit;
        }

        public boolean isEarlyStart() {
            return this.earlyStart;
        }

        public void setEarlyStart(boolean earlyStart) {
            this.earlyStart = earlyStart;
        }

        public boolean isEarlyWindows() {
            return this.earlyWindows;
        }

        public void setEarlyWindows(boolean earlyWindows) {
            this.earlyWindows = earlyWindows;
        }

        public boolean isReleaseMemoryAfterStart() {
            return this.releaseMemoryAfterStart;
        }

        public void setReleaseMemoryAfterStart(boolean releaseMemoryAfterStart) {
            this.releaseMemoryAfterStart = releaseMemoryAfterStart;
        }

        public @Nullable Boolean getDevtools() {
            return this.devtools;
        }

        public void setDevtools(@Nullable Boolean devtools) {
            this.devtools = devtools;
        }

        public @Nullable Path getInstallDir() {
            return this.installDir;
        }

        public void setInstallDir(@Nullable Path installDir) {
            this.installDir = installDir;
        }

        public @Nullable Path getDataDir() {
            return this.dataDir;
        }

        public void setDataDir(@Nullable Path dataDir) {
            this.dataDir = dataDir;
        }

        public List<String> getArgs() {
            return this.args;
        }

        public void setArgs(List<String> args) {
            this.args = args;
        }
    }

    /**
     * The portal, the blocking workers and the task group.
     */
    public static class Async {

        /**
         * How long the task group waits for its background tasks to stop when the app exits.
         */
        private Duration shutdownTimeout = Duration.ofSeconds(5);

        private final Blocking blocking = new Blocking();

        public Duration getShutdownTimeout() {
            return this.shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            if (shutdownTimeout.isNegative()) {
                throw new IllegalArgumentException("shutdown-timeout must not be negative, was " + shutdownTimeout);
            }
            this.shutdownTimeout = shutdownTimeout;
        }

        public Blocking getBlocking() {
            return this.blocking;
        }

        /**
         * The blocking workers AsyncTools.toAsync runs on.
         */
        public static class Blocking {

            /**
             * Most blocking functions run at once; the rest wait their turn.
             */
            private int maxThreads = 40;

            public int getMaxThreads() {
                return this.maxThreads;
            }

            public void setMaxThreads(int maxThreads) {
                if (maxThreads < 1) {
                    throw new IllegalArgumentException("max-threads must be at least 1, was " + maxThreads);
                }
                this.maxThreads = maxThreads;
            }
        }
    }

    /**
     * The invoke pipeline: how large the requests of a page may be, how many it may have in
     * flight and for how long, and how long a channel waits for a page that is behind.
     */
    public static class Ipc {

        /**
         * Largest request body a page may send; larger invokes are rejected (a large raw upload
         * unread), and larger requests to the dev server get 413.
         */
        private DataSize maxPayloadSize = DataSize.ofMegabytes(64);

        /**
         * How many arrays and objects deep the JSON a page sends may nest (arguments, bodies,
         * headers, event payloads); the page's bridge refuses deeper arguments before serializing
         * them. Deeper than the app's JsonMapper may write fails the startup.
         */
        private int maxNestingDepth = 500;

        /**
         * Longest string, in characters, in the JSON a page sends.
         */
        private int maxStringLength = 20_000_000;

        /**
         * Longest number, in characters, in the JSON a page sends.
         */
        private int maxNumberLength = 1000;

        /**
         * Longest property name, in characters, in the JSON a page sends.
         */
        private int maxNameLength = 50_000;

        /**
         * Longest JSON text a page sends (a body, the headers), counted in characters (bytes for
         * JSON sent as raw bytes, as pyInvoke does). At most max-payload-size, which it is when
         * not set.
         */
        private @Nullable DataSize maxDocumentLength;

        /**
         * How many calls one window may have in flight (started, their work not yet ended, a
         * call that ignores its cancellation included); past it, a call is refused as busy.
         */
        private int maxCallsInFlight = CallLimits.DEFAULT_MAX_CALLS_IN_FLIGHT;

        /**
         * How long a command may take to answer unless its @TauriCommand(timeout) says
         * otherwise; past it the call is refused and its work cancelled. None when not set.
         */
        private @Nullable Duration commandTimeout;

        /**
         * How long Channel.send waits for room in its window's budget (messages not yet taken and
         * large bytes not yet fetched, 32 MB) before it fails.
         */
        private Duration channelSendTimeout = Duration.ofSeconds(10);

        public int getMaxCallsInFlight() {
            return this.maxCallsInFlight;
        }

        public void setMaxCallsInFlight(int maxCallsInFlight) {
            this.maxCallsInFlight = atLeastOne("max-calls-in-flight", maxCallsInFlight);
        }

        public @Nullable Duration getCommandTimeout() {
            return this.commandTimeout;
        }

        public void setCommandTimeout(@Nullable Duration commandTimeout) {
            if (commandTimeout != null && commandTimeout.isNegative()) {
                throw new IllegalArgumentException("command-timeout must not be negative, was " + commandTimeout);
            }
            this.commandTimeout = commandTimeout;
        }

        public Duration getChannelSendTimeout() {
            return this.channelSendTimeout;
        }

        public void setChannelSendTimeout(Duration channelSendTimeout) {
            if (channelSendTimeout.isNegative() || channelSendTimeout.isZero()) {
                throw new IllegalArgumentException("channel-send-timeout must be positive, was " + channelSendTimeout);
            }
            this.channelSendTimeout = channelSendTimeout;
        }

        /**
         * The limits of a page's calls, as the runtime takes them.
         * @return the limits
         */
        public CallLimits toCallLimits() {
            return new CallLimits(this.maxCallsInFlight, this.commandTimeout);
        }

        public DataSize getMaxPayloadSize() {
            return this.maxPayloadSize;
        }

        public void setMaxPayloadSize(DataSize maxPayloadSize) {
            if (maxPayloadSize.toBytes() < 1) {
                throw new IllegalArgumentException("max-payload-size must be at least 1B, was " + maxPayloadSize);
            }
            this.maxPayloadSize = maxPayloadSize;
        }

        public int getMaxNestingDepth() {
            return this.maxNestingDepth;
        }

        public void setMaxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = atLeastOne("max-nesting-depth", maxNestingDepth);
        }

        public int getMaxStringLength() {
            return this.maxStringLength;
        }

        public void setMaxStringLength(int maxStringLength) {
            this.maxStringLength = atLeastOne("max-string-length", maxStringLength);
        }

        public int getMaxNumberLength() {
            return this.maxNumberLength;
        }

        public void setMaxNumberLength(int maxNumberLength) {
            this.maxNumberLength = atLeastOne("max-number-length", maxNumberLength);
        }

        public int getMaxNameLength() {
            return this.maxNameLength;
        }

        public void setMaxNameLength(int maxNameLength) {
            this.maxNameLength = atLeastOne("max-name-length", maxNameLength);
        }

        public @Nullable DataSize getMaxDocumentLength() {
            return this.maxDocumentLength;
        }

        public void setMaxDocumentLength(@Nullable DataSize maxDocumentLength) {
            if (maxDocumentLength != null && maxDocumentLength.toBytes() < 1) {
                throw new IllegalArgumentException("max-document-length must be at least 1B, was " + maxDocumentLength);
            }
            this.maxDocumentLength = maxDocumentLength;
        }

        /**
         * The limits of the JSON a page sends, as the runtime takes them.
         * @return the limits
         */
        public JsonLimits toJsonLimits() {
            DataSize document = (this.maxDocumentLength != null) ? this.maxDocumentLength : this.maxPayloadSize;
            return new JsonLimits(this.maxNestingDepth, this.maxStringLength, this.maxNumberLength, this.maxNameLength,
                    document.toBytes());
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }

    /**
     * Image files decoded for pages: Image.fromBytes and Image.fromPath, and window icons sent as
     * a file or its bytes.
     */
    public static class Image {

        /**
         * Most pixels (width x height) an image file may declare; one that declares more is refused
         * before it is decoded. The default, 4096 x 4096, is 64 MiB of RGBA.
         */
        private long maxPixels = ImageDecoder.DEFAULT_MAX_PIXELS;

        public long getMaxPixels() {
            return this.maxPixels;
        }

        public void setMaxPixels(long maxPixels) {
            if (maxPixels < 1 || maxPixels > dev.jtauri.image.Image.MAX_PIXELS) {
                throw new IllegalArgumentException("max-pixels must be between 1 and " + dev.jtauri.image.Image.MAX_PIXELS
                        + " (what a Java array of RGBA bytes holds), was " + maxPixels);
            }
            this.maxPixels = maxPixels;
        }

        /**
         * A decoder with this limit.
         * @return the decoder
         */
        public ImageDecoder toDecoder() {
            return new ImageDecoder(this.maxPixels);
        }
    }
}
