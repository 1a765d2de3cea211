package dev.jtauri.acl;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The scope values granted to a window for one command: every {@code allow} and {@code deny}
 * value of the permission entries, in the capabilities that apply to the window, whose
 * permission allows the command. A path-taking plugin (fs, opener) reads them and decides: a
 * value in {@link #deny} wins over one in {@link #allow}, as in Tauri.
 *
 * @param allow values allowed, in capability and entry order
 * @param deny values denied, in capability and entry order
 */
public record Scopes(List<JsonNode> allow, List<JsonNode> deny) {

    /** No scope value. */
    public static final Scopes NONE = new Scopes(List.of(), List.of());

    public Scopes {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
    }

    /**
     * Whether there is no value at all.
     * @return true when both lists are empty
     */
    public boolean isEmpty() {
        return this.allow.isEmpty() && this.deny.isEmpty();
    }
}
