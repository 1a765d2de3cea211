package dev.jtauri.acl;

import org.jspecify.annotations.Nullable;

/**
 * A capability names a permission that no registered plugin defines.
 */
public class UnknownPermissionException extends CapabilityException {

    private final String permission;

    private final @Nullable String missingPlugin;

    /**
     * Create the exception.
     * @param message what is wrong, naming the permission, the capability and its source
     * @param permission the identifier that did not resolve
     * @param missingPlugin the plugin the identifier names when no such plugin is registered
     */
    public UnknownPermissionException(String message, String permission, @Nullable String missingPlugin) {
        super(message);
        this.permission = permission;
        this.missingPlugin = missingPlugin;
    }

    /**
     * The identifier that did not resolve, such as {@code fs:allow-read}.
     * @return the identifier
     */
    public String permission() {
        return this.permission;
    }

    /**
     * The plugin the identifier names, when no plugin of that name is registered: a caller that
     * knows why (a plugin switched off) can say so.
     * @return the plugin's name, or {@code null} when the plugin exists
     */
    public @Nullable String missingPlugin() {
        return this.missingPlugin;
    }
}
