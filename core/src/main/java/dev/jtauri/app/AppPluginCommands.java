package dev.jtauri.app;

import dev.jtauri.AppHandle;
import dev.jtauri.TauriCommand;
import dev.jtauri.plugin.TauriPlugin;
import org.jspecify.annotations.Nullable;

/**
 * The app plugin: the {@code plugin:app|*} commands {@code @tauri-apps/api/app} calls for what it
 * knows of the app, {@code getName()}, {@code getVersion()}, {@code getIdentifier()},
 * {@code getTauriVersion()} and {@code getBundleType()}. Commands that act on the app (show, hide,
 * theme, dock, data stores) are further methods of this class, outside its default permissions.
 */
public final class AppPluginCommands {

    /** The plugin's name: its commands are {@code plugin:app|<command>}. */
    public static final String PLUGIN = "app";

    private static final String VERSION = "version";

    private static final String NAME = "name";

    private static final String TAURI_VERSION = "tauri_version";

    private static final String IDENTIFIER = "identifier";

    private static final String BUNDLE_TYPE = "bundle_type";

    /**
     * The app plugin, built in. Its default permissions are Tauri's {@code core:app:default}:
     * the commands that read, not those that act.
     * @return the plugin
     */
    public static TauriPlugin plugin() {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new AppPluginCommands())
            .defaults(VERSION, NAME, TAURI_VERSION, IDENTIFIER, BUNDLE_TYPE)
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
}
