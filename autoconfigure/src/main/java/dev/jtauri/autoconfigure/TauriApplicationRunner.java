package dev.jtauri.autoconfigure;

import dev.jtauri.runtime.TauriRuntime;
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
 * <p>Without a window (the webview is disabled or not on the classpath) it says so in one log
 * line and returns, so {@code @SpringBootTest} contexts start and commands are served in
 * process. An {@link dev.jtauri.AppHandle#exit(int) exit} request then closes the context with
 * the requested code.
 *
 * <p>It is also the context's {@link ExitCodeGenerator}: {@code SpringApplication.exit(context)}
 * returns the code passed to {@code AppHandle.exit}, 0 when none was, so a {@code main} can end
 * with {@code System.exit(SpringApplication.exit(SpringApplication.run(App.class, args)))}.
 */
public class TauriApplicationRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger logger = LoggerFactory.getLogger(TauriApplicationRunner.class);

    private final TauriRuntime runtime;

    private final TauriProperties properties;

    private final ConfigurableApplicationContext context;

    /**
     * Create the runner.
     * @param runtime the runtime
     * @param properties the configuration
     * @param context the context to close on exit
     */
    public TauriApplicationRunner(TauriRuntime runtime, TauriProperties properties,
            ConfigurableApplicationContext context) {
        this.runtime = runtime;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!this.properties.getWebview().isEnabled()) {
            logger.info("jtauri runs headless (tauri.webview.enabled=false): no window opens; "
                    + "{} commands are served in process", this.runtime.commands().all().size());
        }
        else {
            logger.info("jtauri runs headless (no webview implementation on the classpath): no window opens; "
                    + "{} commands are served in process", this.runtime.commands().all().size());
        }
        this.runtime.exitRequest().thenAccept(this::closeContext);
    }

    @Override
    public int getExitCode() {
        return this.runtime.exitRequest().getNow(0);
    }

    private void closeContext(int exitCode) {
        // Off the caller's thread: exit() is often called from a command, on the portal that
        // closing the context stops.
        Thread closer = new Thread(() -> SpringApplication.exit(this.context, () -> exitCode), "tauri-exit");
        closer.setDaemon(false);
        closer.start();
    }
}
