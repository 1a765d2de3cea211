package dev.jtauri.autoconfigure;

import java.util.List;

import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.WebviewHost;
import dev.jtauri.webview.WindowOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the app once the context is ready: PyTauri's {@code app.run_return()}.
 *
 * <p>With a {@link WebviewHost}, it opens the windows of {@code tauri.app.windows}; then, once
 * the application is ready (after {@code ApplicationReadyEvent} and every other runner),
 * {@link TauriRunListener} blocks the main thread in {@link #awaitExit()} until the app ends
 * ({@code AppHandle.exit(code)}, the last window closed, the context closed, or a signal).
 * Without a host (windows disabled, no display, no webview on the classpath) it says why in one
 * log line and returns, so commands are served in process; an {@code AppHandle.exit} then closes
 * the context.
 *
 * <p>It is the context's {@link ExitCodeGenerator}: {@code SpringApplication.exit(context)}
 * returns the code the app ended with, so {@code main} can end with
 * {@code System.exit(SpringApplication.exit(SpringApplication.run(App.class, args)))}.
 */
public class TauriApplicationRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger logger = LoggerFactory.getLogger(TauriApplicationRunner.class);

    private final TauriRuntime runtime;

    private final TauriProperties properties;

    private final @Nullable WebviewHost host;

    private final String headlessReason;

    private final ConfigurableApplicationContext context;

    private volatile @Nullable Integer exitCode;

    private volatile boolean opened;

    /**
     * Create the runner.
     * @param runtime the runtime
     * @param properties the configuration
     * @param host the window host, or {@code null} to run headless
     * @param headlessReason why there is no host, for the log
     * @param context the context to close when a headless app exits
     */
    public TauriApplicationRunner(TauriRuntime runtime, TauriProperties properties, @Nullable WebviewHost host,
            String headlessReason, ConfigurableApplicationContext context) {
        this.runtime = runtime;
        this.properties = properties;
        this.host = host;
        this.headlessReason = headlessReason;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (this.host == null) {
            logger.info("jtauri runs headless ({}): no window opens; {} commands are served in process",
                    this.headlessReason, this.runtime.commands().all().size());
            this.runtime.exitRequest().thenAccept(this::closeContext);
            return;
        }
        this.host.open(this.runtime, windows());
        this.opened = true;
    }

    /**
     * Block until the windows' app ends, when windows were opened and
     * {@code tauri.webview.await-exit} is on; return at once otherwise.
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void awaitExit() throws InterruptedException {
        if (this.host != null && this.opened && this.properties.getWebview().isAwaitExit()) {
            this.exitCode = this.host.awaitExit();
            if (this.runtime.restartRequested()) {
                Relauncher.relaunch();
            }
        }
    }

    @Override
    public int getExitCode() {
        Integer ended = this.exitCode;
        return (ended != null) ? ended : this.runtime.exitRequest().getNow(0);
    }

    private List<WindowOptions> windows() {
        return this.properties.getApp().getWindows().stream().map(TauriProperties.Window::toOptions).toList();
    }

    private void closeContext(int code) {
        // Off the caller's thread: exit() is often called from a command, on the portal that
        // closing the context stops.
        Thread closer = new Thread(() -> {
            SpringApplication.exit(this.context, () -> code);
            if (this.runtime.restartRequested()) {
                Relauncher.relaunch();
            }
        }, "tauri-exit");
        closer.setDaemon(false);
        closer.start();
    }
}
