package dev.jtauri.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.jtauri.AppHandle;
import dev.jtauri.PackageInfo;
import dev.jtauri.acl.Authority;
import dev.jtauri.acl.Capability;
import dev.jtauri.acl.PluginPermissions;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.command.ArgumentResolver;
import dev.jtauri.command.ArgumentResolverComposite;
import dev.jtauri.command.CommandHandler;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.command.ExceptionTranslator;
import dev.jtauri.event.EventBus;
import dev.jtauri.event.EventPluginCommands;
import dev.jtauri.event.ListenerMethods;
import dev.jtauri.image.Image;
import dev.jtauri.ipc.JsonLimits;
import dev.jtauri.ipc.PageJson;
import dev.jtauri.path.PathResolver;
import dev.jtauri.plugin.TauriPlugin;
import dev.jtauri.resources.ResourceTable;
import dev.jtauri.state.StateRegistry;
import dev.jtauri.webview.PageConnection;
import dev.jtauri.webview.WindowOpener;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One jtauri app's runtime: its commands, state, event bus, connected pages and the
 * {@link Invoker} that serves them. Spring-free; the Spring Boot starter builds one as a bean,
 * and plain Java code or tests can build their own:
 *
 * <pre>{@code
 * TauriRuntime runtime = TauriRuntime.builder(new BlockingPortal(TauriExecutors.portal())).build();
 * runtime.commands().registerAll(new Greeter());
 * }</pre>
 *
 * <p>The runtime does not own the executors it is given; whoever made them shuts them down.
 */
public final class TauriRuntime {

    /** The identifier of a runtime given none, and so the name of its app folders. */
    public static final String DEFAULT_IDENTIFIER = "jtauri";

    /** The default of {@code tauri.ipc.max-payload-size}: 64 MiB. */
    public static final long DEFAULT_MAX_PAYLOAD_SIZE = 64L * 1024 * 1024;

    private final JsonMapper mapper;

    private final PageJson pageJson;

    private final StateRegistry state = new StateRegistry();

    private final PageRegistry pages = new PageRegistry();

    private final PageResources resources = new PageResources();

    private final CompletableFuture<Integer> exitRequest = new CompletableFuture<>();

    private final EventBus events;

    private final CommandRegistry commands;

    private final RuntimeAppHandle appHandle;

    private final Invoker invoker;

    private final ListenerMethods listenerMethods;

    private final List<TauriPlugin> plugins;

    private final Authority authority;

    private TauriRuntime(Builder builder) {
        this.mapper = builder.mapper;
        this.pageJson = PageJson.of(this.mapper, builder.jsonLimits());
        Executor eventExecutor = (builder.eventExecutor != null) ? builder.eventExecutor : TauriExecutors.eventDelivery();
        this.events = new EventBus(this.mapper, eventExecutor, this.pages::all);
        this.commands = new CommandRegistry(this.mapper, ArgumentResolverComposite.withCustom(builder.resolvers));
        PathResolver path = builder.pathResolver();
        this.appHandle = new RuntimeAppHandle(this.state, this.events, this.pages, this.exitRequest,
                (builder.packageInfo != null) ? builder.packageInfo : new PackageInfo(path.identifier(), "0.0.0"), path,
                builder.defaultWindowIcon);
        this.listenerMethods = new ListenerMethods(this.events, this.mapper);
        List<TauriPlugin> plugins = new ArrayList<>();
        plugins.add(EventPluginCommands.plugin(this.events));
        plugins.addAll(builder.plugins);
        List<PluginPermissions> permissions = new ArrayList<>();
        for (TauriPlugin plugin : plugins) {
            List<String> names = this.commands.registerPlugin(plugin.name(), plugin.commands()).stream()
                .map(CommandHandler::name)
                .toList();
            permissions.add(PluginPermissions.of(plugin, names));
        }
        this.plugins = List.copyOf(plugins);
        this.commands.sealPlugins();
        this.authority = Authority.compile(builder.capabilities, permissions);
        this.invoker = new Invoker(this.commands, this.appHandle, this.pageJson, builder.portal,
                builder.maxPayloadSize, builder.exceptionTranslators, this.authority, this.resources::of,
                builder.callLimits);
    }

    /**
     * Start building a runtime.
     * @param portal the portal commands run on
     * @return the builder
     */
    public static Builder builder(BlockingPortal portal) {
        return new Builder(portal);
    }

    /**
     * The app handle.
     * @return the handle
     */
    public AppHandle appHandle() {
        return this.appHandle;
    }

    /**
     * The invoke pipeline.
     * @return the invoker
     */
    public Invoker invoker() {
        return this.invoker;
    }

    /**
     * The commands.
     * @return the registry
     */
    public CommandRegistry commands() {
        return this.commands;
    }

    /**
     * The registrar of {@link dev.jtauri.TauriListener @TauriListener} methods.
     * @return the registrar
     */
    public ListenerMethods listenerMethods() {
        return this.listenerMethods;
    }

    /**
     * The plugins whose commands the runtime serves, the event plugin first.
     * @return the plugins
     */
    public List<TauriPlugin> plugins() {
        return this.plugins;
    }

    /**
     * Which window may call which command, compiled from the capabilities and the plugins'
     * permissions; plugins whose commands take paths read their {@link Authority#scopes scopes}
     * from it.
     * @return the authority
     */
    public Authority authority() {
        return this.authority;
    }

    /**
     * The event bus.
     * @return the bus
     */
    public EventBus events() {
        return this.events;
    }

    /**
     * The app state.
     * @return the registry
     */
    public StateRegistry state() {
        return this.state;
    }

    /**
     * The JSON mapper arguments, results and payloads go through.
     * @return the mapper
     */
    public JsonMapper jsonMapper() {
        return this.mapper;
    }

    /**
     * The reader of the JSON pages send: the {@link #jsonMapper() mapper}, within the
     * {@link JsonLimits}. Transports read what they parse themselves (an invoke's headers) with it.
     * @return the reader
     */
    public PageJson pageJson() {
        return this.pageJson;
    }

    /**
     * Connect a page: from now on it receives events, its label finds its window, and it has an
     * empty {@link ResourceTable}.
     * @param page the page
     * @throws IllegalStateException when another page has the label
     */
    public void connect(PageConnection page) {
        this.pages.add(page);
        this.resources.open(page);
    }

    /**
     * Disconnect a page, forget its event listeners and close its resources. Unknown pages are
     * ignored.
     * @param page the page
     */
    public void disconnect(PageConnection page) {
        if (this.pages.remove(page)) {
            this.events.removePage(page.label());
            this.resources.close(page);
        }
    }

    /**
     * The resources a connected page holds by id, such as the {@code Image}s it made: for Java
     * code that hands a page an object by id, or reads one the page made. A command reaches its
     * caller's table by declaring a {@link ResourceTable} parameter instead. The table is closed
     * when the page disconnects (its window closes); a page that connects again under the label
     * gets a new, empty one.
     * @param label the page's label
     * @return its table, or empty when no page with that label is connected
     */
    public Optional<ResourceTable> resources(String label) {
        return this.resources.of(label);
    }

    /**
     * Let the app open windows at runtime ({@link dev.jtauri.WebviewWindowBuilder}, a page's
     * {@code new WebviewWindow(...)}): the window host calls this once it shows the app.
     * @param opener what opens a window
     */
    public void windowOpener(WindowOpener opener) {
        this.appHandle.windowOpener(Objects.requireNonNull(opener, "opener"));
    }

    /**
     * Whether the app ended through {@link AppHandle#restart()}: whoever runs it starts it again.
     * @return true once a restart was asked for
     */
    public boolean restartRequested() {
        return this.appHandle.restartRequested();
    }

    /**
     * Completes with the exit code when {@link AppHandle#exit(int)} is first called.
     * @return the exit request
     */
    public CompletableFuture<Integer> exitRequest() {
        return this.exitRequest;
    }

    /**
     * Builds a {@link TauriRuntime}.
     */
    public static final class Builder {

        private final BlockingPortal portal;

        private JsonMapper mapper = JsonMapper.builder().build();

        private @Nullable Executor eventExecutor;

        private final List<ArgumentResolver> resolvers = new ArrayList<>();

        private long maxPayloadSize = DEFAULT_MAX_PAYLOAD_SIZE;

        private CallLimits callLimits = CallLimits.DEFAULT;

        private @Nullable JsonLimits jsonLimits;

        private final List<ExceptionTranslator> exceptionTranslators = new ArrayList<>();

        private final List<Capability> capabilities = new ArrayList<>();

        private final List<TauriPlugin> plugins = new ArrayList<>();

        private @Nullable Image defaultWindowIcon;

        private @Nullable String identifier;

        private @Nullable PackageInfo packageInfo;

        private @Nullable PathResolver pathResolver;

        private Builder(BlockingPortal portal) {
            this.portal = Objects.requireNonNull(portal, "portal");
        }

        /**
         * The JSON mapper; a default {@link JsonMapper} when not set.
         * @param mapper the mapper
         * @return this builder
         */
        public Builder jsonMapper(JsonMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * Where Java event listeners run; {@link TauriExecutors#eventDelivery()} when not set.
         * @param executor the executor, never a UI thread or the portal
         * @return this builder
         */
        public Builder eventExecutor(Executor executor) {
            this.eventExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Add argument resolvers, asked before the built-in ones.
         * @param resolvers the resolvers
         * @return this builder
         */
        public Builder argumentResolvers(List<? extends ArgumentResolver> resolvers) {
            this.resolvers.addAll(resolvers);
            return this;
        }

        /**
         * Add capabilities: which window may call which command (see {@link Authority}). With none,
         * every window gets {@link Authority#defaultCapability() core:default}.
         * @param capabilities the capabilities
         * @return this builder
         */
        public Builder capabilities(List<Capability> capabilities) {
            this.capabilities.addAll(capabilities);
            return this;
        }

        /**
         * The icon of windows that set none.
         * @param icon the icon, or {@code null} for none
         * @return this builder
         */
        public Builder defaultWindowIcon(@Nullable Image icon) {
            this.defaultWindowIcon = icon;
            return this;
        }

        /**
         * Add plugins: their commands are registered as {@code plugin:<name>|<command>}. The
         * event plugin is always there.
         * @param plugins the plugins
         * @return this builder
         */
        public Builder plugins(List<TauriPlugin> plugins) {
            this.plugins.addAll(plugins);
            return this;
        }

        /**
         * The app's identifier, such as {@code com.example.notes}: the name of its folders. When
         * not set: the path resolver's, else {@value TauriRuntime#DEFAULT_IDENTIFIER}.
         * @param identifier the identifier: alphanumerics, {@code -} and {@code .}
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = Objects.requireNonNull(identifier, "identifier");
            return this;
        }

        /**
         * The app's name and version; the identifier and {@code 0.0.0} when not set.
         * @param packageInfo the package info
         * @return this builder
         */
        public Builder packageInfo(PackageInfo packageInfo) {
            this.packageInfo = Objects.requireNonNull(packageInfo, "packageInfo");
            return this;
        }

        /**
         * The app's path resolver; when not set, one for this platform with the app's identifier
         * and no resources folder.
         * @param pathResolver the resolver, for the same identifier as {@link #identifier(String)}
         * @return this builder
         */
        public Builder pathResolver(PathResolver pathResolver) {
            this.pathResolver = Objects.requireNonNull(pathResolver, "pathResolver");
            return this;
        }

        private PathResolver pathResolver() {
            if (this.pathResolver == null) {
                return PathResolver.of((this.identifier != null) ? this.identifier : DEFAULT_IDENTIFIER);
            }
            if (this.identifier != null && !this.identifier.equals(this.pathResolver.identifier())) {
                throw new IllegalStateException("The path resolver is for the identifier '"
                        + this.pathResolver.identifier() + "', but the app's identifier is '" + this.identifier
                        + "': the app's folders must be named after the app");
            }
            return this.pathResolver;
        }

        /**
         * Add exception translators, asked in order before an exception counts as internal.
         * @param translators the translators
         * @return this builder
         */
        public Builder exceptionTranslators(List<? extends ExceptionTranslator> translators) {
            this.exceptionTranslators.addAll(translators);
            return this;
        }

        /**
         * The largest request body accepted.
         * @param bytes the limit, at least 1
         * @return this builder
         */
        public Builder maxPayloadSize(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxPayloadSize must be at least 1 byte, was " + bytes);
            }
            this.maxPayloadSize = bytes;
            return this;
        }

        /**
         * The limits of the JSON pages send; when not set, {@link JsonLimits#defaults}. The
         * document length is at most the {@link #maxPayloadSize largest request body}, and lowered
         * to it when larger.
         * @param limits the limits, with a nesting depth the mapper can write: what a page emits is
         * written again
         * @return this builder
         */
        public Builder jsonLimits(JsonLimits limits) {
            this.jsonLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        private JsonLimits jsonLimits() {
            JsonLimits limits = (this.jsonLimits != null) ? this.jsonLimits : JsonLimits.defaults(this.maxPayloadSize);
            if (limits.maxDocumentLength() > this.maxPayloadSize) {
                limits = limits.withMaxDocumentLength(this.maxPayloadSize);
            }
            int writable = this.mapper.tokenStreamFactory().streamWriteConstraints().getMaxNestingDepth();
            if (limits.maxNestingDepth() > writable) {
                throw new IllegalArgumentException("The JSON nesting limit (" + limits.maxNestingDepth()
                        + ", tauri.ipc.max-nesting-depth) is deeper than the JSON mapper writes (" + writable
                        + ", its StreamWriteConstraints), so what a page emits could not be passed on; lower the "
                        + "limit or give the mapper deeper write constraints");
            }
            return limits;
        }

        /**
         * How many calls a page may have in flight, and how long a command may take to answer
         * unless its own {@code @TauriCommand(timeout)} says otherwise; {@link CallLimits#DEFAULT}
         * when not set.
         * @param limits the limits
         * @return this builder
         */
        public Builder callLimits(CallLimits limits) {
            this.callLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Build the runtime, with its plugins' commands registered, the event plugin's first, and
         * its capabilities resolved against their permissions.
         * @return the runtime
         * @throws dev.jtauri.acl.CapabilityException when a capability names a permission no
         * plugin defines, sets include each other, or two capabilities share an identifier
         * @throws IllegalArgumentException when the {@link #jsonLimits JSON limits} nest deeper than
         * the mapper writes
         */
        public TauriRuntime build() {
            return new TauriRuntime(this);
        }
    }
}
