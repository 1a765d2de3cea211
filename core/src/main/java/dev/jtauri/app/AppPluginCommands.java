package dev.jtauri.app;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.jtauri.AppHandle;
import dev.jtauri.TauriCommand;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.window.NotSupportedException;
import dev.jtauri.window.Theme;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app plugin: the {@code plugin:app|*} commands {@code @tauri-apps/api/app} calls for what it
 * knows of the app, {@code getName()}, {@code getVersion()}, {@code getIdentifier()},
 * {@code getTauriVersion()}, {@code getBundleType()} and {@code supportsMultipleWindows()}, and
 * {@code onBackButtonPress()}'s listener. Commands that act on the app (show, hide, theme, icon,
 * exit; the dock and data stores of macOS) need their own {@code allow-} permission.
 */
public final class AppPluginCommands {

    /** The plugin's name: its commands are {@code plugin:app|<command>}. */
    public static final String PLUGIN = "app";

    private static final String VERSION = "version";

    private static final String NAME = "name";

    private static final String TAURI_VERSION = "tauri_version";

    private static final String IDENTIFIER = "identifier";

    private static final String BUNDLE_TYPE = "bundle_type";

    private static final String SUPPORTS_MULTIPLE_WINDOWS = "supports_multiple_windows";

    private static final String REGISTER_LISTENER = "register_listener";

    private static final String REMOVE_LISTENER = "remove_listener";

    private static final Logger logger = LoggerFactory.getLogger(AppPluginCommands.class);

    private final AtomicBoolean listenerNoted = new AtomicBoolean();

    private AppPluginCommands() {
    }

    /**
     * The app plugin, built in. Its default permissions are Tauri's {@code core:app:default}:
     * the commands that read, and the back button's listener, not those that act.
     * @return the plugin
     */
    public static TauriPlugin plugin() {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new AppPluginCommands())
            .defaults(VERSION, NAME, TAURI_VERSION, IDENTIFIER, BUNDLE_TYPE, REGISTER_LISTENER, REMOVE_LISTENER,
                    SUPPORTS_MULTIPLE_WINDOWS)
            .build();
    }

    /**
     * {@code getVersion()}.
     * @param app the app
     * @return its version
     */
    @TauriCommand(VERSION)
    public String version(AppHandle app) {
        return app.packageInfo().version();
    }

    /**
     * {@code getName()}.
     * @param app the app
     * @return its name
     */
    @TauriCommand(NAME)
    public String name(AppHandle app) {
        return app.packageInfo().name();
    }

    /**
     * {@code getTauriVersion()}: the version of jtauri, which stands in for Tauri.
     * @return jtauri's version
     */
    @TauriCommand(TAURI_VERSION)
    public String tauriVersion() {
        return JtauriVersion.get();
    }

    /**
     * {@code getIdentifier()}.
     * @param app the app
     * @return its identifier
     */
    @TauriCommand(IDENTIFIER)
    public String identifier(AppHandle app) {
        return app.identifier();
    }

    /**
     * {@code getBundleType()}: always {@code null}. Tauri answers which of its installers (nsis,
     * msi, deb, rpm, appimage, app) the app came from, and {@code null} when none; a JVM app never
     * comes from one of Tauri's.
     * @return {@code null}
     */
    @TauriCommand(BUNDLE_TYPE)
    public @Nullable String bundleType() {
        return null;
    }

    /**
     * {@code supportsMultipleWindows()}: a desktop app opens as many windows as it likes.
     * @return true
     */
    @TauriCommand(SUPPORTS_MULTIPLE_WINDOWS)
    public boolean supportsMultipleWindows() {
        return true;
    }

    /**
     * {@code onBackButtonPress(handler)}, through {@code addPluginListener('app', 'back-button')}:
     * accepted, and its handler is never called, as {@code @tauri-apps/api} documents on desktop
     * systems: the back button is Android's. Said once in the log.
     * @param event the event listened to, {@code back-button}
     */
    @TauriCommand(REGISTER_LISTENER)
    public void registerListener(String event) {
        if (this.listenerNoted.compareAndSet(false, true)) {
            logger.info("A page listens to the app plugin's '{}' (onBackButtonPress): the back button is Android's, "
                    + "so on {} the handler is never called", event, NotSupportedException.OS);
        }
    }

    /**
     * {@code unregister()} of the back button's listener: nothing to remove.
     * @param event the event listened to
     */
    @TauriCommand(REMOVE_LISTENER)
    public void removeListener(String event) {
    }

    /**
     * {@code show()}: show every window.
     * @param app the app
     */
    @TauriCommand("app_show")
    public void show(AppHandle app) {
        app.show();
    }

    /**
     * {@code hide()}: hide every window; the app runs on.
     * @param app the app
     */
    @TauriCommand("app_hide")
    public void hide(AppHandle app) {
        app.hide();
    }

    /**
     * {@code setTheme(theme)}: every window's theme.
     * @param app the app
     * @param theme {@code light}, {@code dark}, or {@code null} to follow the system
     */
    @TauriCommand("set_app_theme")
    public void setTheme(AppHandle app, @Nullable Theme theme) {
        app.setTheme(theme);
    }

    /**
     * {@code defaultWindowIcon()}: the icon as an image resource of the calling page.
     * @param app the app
     * @param resources the caller's resources
     * @return the image's resource id, or {@code null} when the app has no icon
     */
    @TauriCommand("default_window_icon")
    public @Nullable Integer defaultWindowIcon(AppHandle app, ResourceTable resources) {
        return app.defaultWindowIcon().map(resources::add).orElse(null);
    }

    /**
     * {@code exit(code)}: end the app with an exit code.
     * @param app the app
     * @param code the code
     */
    @TauriCommand("exit")
    public void exit(AppHandle app, int code) {
        app.exit(code);
    }

    /** {@code setDockVisibility(visible)}: macOS has a dock, other systems do not. */
    @TauriCommand("set_dock_visibility")
    public void setDockVisibility() {
        throw new NotSupportedException("setDockVisibility");
    }

    /** {@code fetchDataStoreIdentifiers()}: macOS and iOS keep webview data stores by id. */
    @TauriCommand("fetch_data_store_identifiers")
    public void fetchDataStoreIdentifiers() {
        throw new NotSupportedException("fetchDataStoreIdentifiers");
    }

    /** {@code removeDataStore(uuid)}: macOS and iOS keep webview data stores by id. */
    @TauriCommand("remove_data_store")
    public void removeDataStore() {
        throw new NotSupportedException("removeDataStore");
    }
}
