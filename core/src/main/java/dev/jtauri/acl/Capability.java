package dev.jtauri.acl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tauri's capability: a set of permissions granted to the pages of some windows. A capability
 * applies to a page when its label matches one of {@link #windows} or {@link #webviews} (in
 * jtauri a webview's label is its window's), the current platform is one of {@link #platforms}
 * (any when empty), and it is {@link #local}. Its {@link #remoteUrls} are read and checked as
 * Tauri's {@code remote.urls}, but grant nothing: jtauri gives IPC only to the app's own pages, so
 * a remote page gets none, and a capability with {@code "local": false} applies to no page.
 *
 * <p>Build one in code with {@link #builder}, or read Tauri's JSON files with
 * {@link CapabilityFiles}.
 *
 * @param identifier its unique name, shown in messages
 * @param description what it is for; may be empty
 * @param windows window labels it applies to: globs as Tauri's ({@code *}, {@code ?},
 * {@code [a-z]}, {@code [!0-9]}), checked when the capabilities are compiled
 * @param webviews webview labels it applies to, globs as {@code windows}
 * @param permissions the permissions it grants, by Tauri's identifiers
 * @param commands the app's own commands it allows, globs as {@code windows}: jtauri's
 * extension, from {@code tauri.app.security.capabilities[n].commands} (see {@link Authority})
 * @param platforms the platforms it applies on ({@value #PLATFORM_NAMES}); every one when empty
 * @param local whether it applies to the app's own pages; false: to none
 * @param remoteUrls the remote pages Tauri would grant it to ({@code remote.urls}); jtauri grants
 * remote pages nothing
 * @param source where it was defined, for messages, such as
 * {@code classpath:capabilities/default.json}
 */
public record Capability(String identifier, String description, List<String> windows, List<String> webviews,
        List<PermissionEntry> permissions, List<String> commands, List<String> platforms, boolean local,
        List<RemoteUrlPattern> remoteUrls, String source) {

    /** The platforms a capability may name, as Tauri spells them. */
    public static final String PLATFORM_NAMES = "linux, macOS, windows, iOS, android";

    private static final Set<String> PLATFORMS = Set.of("linux", "macOS", "windows", "iOS", "android");

    public Capability {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        windows = List.copyOf(windows);
        webviews = List.copyOf(webviews);
        permissions = List.copyOf(permissions);
        commands = List.copyOf(commands);
        platforms = List.copyOf(platforms);
        remoteUrls = List.copyOf(remoteUrls);
        if (identifier.isBlank()) {
            throw new CapabilityException("A capability in " + source + " has an empty identifier");
        }
        for (String platform : platforms) {
            if (!PLATFORMS.contains(platform)) {
                throw new CapabilityException(describe(identifier, source) + ": platform '" + platform
                        + "' is not one of " + PLATFORM_NAMES);
            }
        }
    }

    /**
     * Start describing a capability.
     * @param identifier its unique name
     * @return the builder
     */
    public static Builder builder(String identifier) {
        return new Builder(identifier);
    }

    /**
     * The capability and its source, for messages: {@code capability 'main' (classpath:...)}.
     * @return the description
     */
    public String describe() {
        return describe(this.identifier, this.source);
    }

    private static String describe(String identifier, String source) {
        return "capability '" + identifier + "' (" + source + ")";
    }

    /**
     * Describes a {@link Capability}.
     */
    public static final class Builder {

        private final String identifier;

        private String description = "";

        private final List<String> windows = new ArrayList<>();

        private final List<String> webviews = new ArrayList<>();

        private final List<PermissionEntry> permissions = new ArrayList<>();

        private final List<String> commands = new ArrayList<>();

        private final List<String> platforms = new ArrayList<>();

        private boolean local = true;

        private final List<String> remoteUrls = new ArrayList<>();

        private String source = "code";

        private Builder(String identifier) {
            this.identifier = Objects.requireNonNull(identifier, "identifier");
        }

        /**
         * What the capability is for.
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Add window labels it applies to.
         * @param labels the labels, {@code *} matching any characters
         * @return this builder
         */
        public Builder windows(String... labels) {
            return windows(Arrays.asList(labels));
        }

        /**
         * Add window labels it applies to.
         * @param labels the labels, {@code *} matching any characters
         * @return this builder
         */
        public Builder windows(List<String> labels) {
            this.windows.addAll(labels);
            return this;
        }

        /**
         * Add webview labels it applies to.
         * @param labels the labels, {@code *} matching any characters
         * @return this builder
         */
        public Builder webviews(List<String> labels) {
            this.webviews.addAll(labels);
            return this;
        }

        /**
         * Add permissions without scope values.
         * @param identifiers the permissions, such as {@code core:default}
         * @return this builder
         */
        public Builder permissions(String... identifiers) {
            return permissions(Arrays.asList(identifiers));
        }

        /**
         * Add permissions without scope values.
         * @param identifiers the permissions, such as {@code core:default}
         * @return this builder
         */
        public Builder permissions(List<String> identifiers) {
            identifiers.forEach((identifier) -> this.permissions.add(PermissionEntry.of(identifier)));
            return this;
        }

        /**
         * Add a permission entry, with or without scope values.
         * @param entry the entry
         * @return this builder
         */
        public Builder permission(PermissionEntry entry) {
            this.permissions.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Add app commands it allows.
         * @param names command names, {@code *} matching any characters
         * @return this builder
         */
        public Builder commands(String... names) {
            return commands(Arrays.asList(names));
        }

        /**
         * Add app commands it allows.
         * @param names command names, {@code *} matching any characters
         * @return this builder
         */
        public Builder commands(List<String> names) {
            this.commands.addAll(names);
            return this;
        }

        /**
         * Add platforms it applies on; every one when none is added.
         * @param names platforms among {@value Capability#PLATFORM_NAMES}
         * @return this builder
         */
        public Builder platforms(List<String> names) {
            this.platforms.addAll(names);
            return this;
        }

        /**
         * Whether it applies to the app's own pages (the default); false: to none.
         * @param local whether it is local
         * @return this builder
         */
        public Builder local(boolean local) {
            this.local = local;
            return this;
        }

        /**
         * Add remote URLs, as Tauri's {@code remote.urls}: URLPattern strings with {@code *}
         * wildcards. They are checked when the capability is built, and grant nothing.
         * @param patterns such as {@code https://*.example.com}
         * @return this builder
         */
        public Builder remoteUrls(List<String> patterns) {
            this.remoteUrls.addAll(patterns);
            return this;
        }

        /**
         * Where it was defined, for messages; {@code code} when not set.
         * @param source such as {@code classpath:capabilities/main.json}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Build the capability.
         * @return the capability
         * @throws CapabilityException when a platform is not one Tauri knows, or a remote URL not a
         * pattern jtauri reads, naming the capability and the pattern
         */
        public Capability build() {
            List<RemoteUrlPattern> remote = new ArrayList<>();
            for (String pattern : this.remoteUrls) {
                try {
                    remote.add(RemoteUrlPattern.parse(pattern));
                }
                catch (IllegalArgumentException ex) {
                    // The message is the whole story: the failure's own stack says nothing more.
                    throw new CapabilityException(describe(this.identifier, this.source) + ": remote.urls: "
                            + ex.getMessage());
                }
            }
            return new Capability(this.identifier, this.description, this.windows, this.webviews, this.permissions,
                    this.commands, this.platforms, this.local, remote, this.source);
        }
    }
}
