package dev.jtauri.resources;

import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import dev.jtauri.plugin.TauriPlugin;

/**
 * The resources plugin: {@code plugin:resources|close}, which {@code Resource.close()} of
 * {@code @tauri-apps/api/core} calls (an {@code Image}'s {@code close()}, say).
 */
public final class ResourcesPluginCommands {

    /** The plugin's name: its commands are {@code plugin:resources|<command>}. */
    public static final String PLUGIN = "resources";

    private static final String CLOSE = "close";

    /**
     * The resources plugin, built in: Tauri's {@code core:resources:default} allows {@code close}.
     * @return the plugin
     */
    public static TauriPlugin plugin() {
        return TauriPlugin.builder(PLUGIN).builtIn().commands(new ResourcesPluginCommands()).defaults(CLOSE).build();
    }

    /**
     * {@code resource.close()}: remove a resource from the caller's table, closing it.
     * @param resources the caller's table
     * @param rid the resource's id
     * @throws InvokeException when the caller holds no resource with that id
     */
    @TauriCommand(CLOSE)
    public void close(ResourceTable resources, int rid) {
        if (!resources.close(rid)) {
            throw new InvokeException("no resource with id " + rid);
        }
    }
}
