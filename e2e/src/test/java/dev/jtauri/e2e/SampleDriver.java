package dev.jtauri.e2e;

import java.awt.Frame;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import dev.jtauri.AppHandle;
import dev.jtauri.TauriCommand;
import dev.jtauri.TauriListener;
import dev.jtauri.WebviewWindow;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Drives the sample's own page in its own window, as a user would: it fills the page's inputs
 * and clicks its buttons with {@link WebviewWindow#eval}, then reads what the page shows back
 * through a command of its own. Added to the sample with {@code --spring.main.sources}; starts
 * when the page emits {@code page-visit}, and ends by clicking the page's Quit button.
 */
@Configuration(proxyBeanMethods = false)
public class SampleDriver {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(15);

    private final AppHandle app;

    private final Environment environment;

    private final AtomicBoolean started = new AtomicBoolean();

    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    public SampleDriver(AppHandle app, Environment environment) {
        this.app = app;
        this.environment = environment;
    }

    @TauriListener("page-visit")
    void onPageVisit() {
        if (this.started.compareAndSet(false, true)) {
            new Thread(this::drive, "sample-driver").start();
        }
    }

    /** How the page answers {@link #read}. */
    @TauriCommand("driver_observe")
    public void observe(String token, String value) {
        CompletableFuture<String> waiting = this.pending.remove(token);
        if (waiting != null) {
            waiting.complete(value);
        }
    }

    private void drive() {
        int failed = 0;
        failed += check("greet", () -> {
            run("document.getElementById('name').value = 'Ada'; document.querySelector('#greet-form button').click()");
            expect("document.getElementById('greeting').textContent",
                    "Hello, Ada! You've been greeted from Java."::equals);
        });
        failed += check("command-error-with-code", () -> {
            run("document.getElementById('divisor').value = '0'; document.querySelector('#divide-form button').click()");
            expect("document.getElementById('quotient').textContent",
                    "Cannot divide by zero (DIVISION_BY_ZERO)"::equals);
        });
        failed += check("async-command", () -> {
            run("document.getElementById('slow').click()");
            expect("document.getElementById('slow-out').textContent", (text) -> text.startsWith("Hello, Ada, at "));
        });
        failed += check("state-and-events", () -> {
            run("document.getElementById('note').value = 'Buy milk'; document.querySelector('#note-form button').click()");
            expect("document.getElementById('notes').textContent", (text) -> text.contains("Buy milk"));
        });
        failed += check("channel-progress", () -> {
            run("document.getElementById('count').click()");
            expect("document.getElementById('count-out').textContent", "counted to 50"::equals);
            expect("String(document.getElementById('progress').value)", "50"::equals);
        });
        failed += check("raw-bytes", () -> {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mebibyte()));
            run("document.getElementById('hash').click()");
            expect("document.getElementById('hash-out').textContent", (text) -> text.startsWith(digest.substring(0, 32)));
        });
        failed += check("seed-background-clock", () -> {
            run("document.getElementById('start-clock').click()");
            expect("document.getElementById('clock').textContent", (text) -> text.startsWith("clock: 20"));
        });
        failed += check("seed-to-sync-listener", () -> {
            run("document.getElementById('wait-event').click()");
            expect("document.getElementById('seed-out').textContent", (text) -> text.startsWith("Received: \"20"));
        });
        failed += check("seed-to-async-blocking-task", () -> {
            run("document.getElementById('blocking').click()");
            expect("document.getElementById('seed-out').textContent",
                    (text) -> text.startsWith("the blocking task ran on tauri-blocking-"));
        });
        failed += check("seed-raw-portal", () -> expect("document.getElementById('visits').textContent",
                "page visits counted on the portal: 1"::equals));
        failed += check("screenshot", this::screenshot);
        failed += check("window-title", () -> {
            run("document.getElementById('title').value = 'Sample renamed'; "
                    + "document.querySelector('#title-form button').click()");
            expect("document.getElementById('window-out').textContent", "title: Sample renamed"::equals);
            if (!window().title().equals("Sample renamed")) {
                throw new AssertionError("the window's title is " + window().title());
            }
        });
        failed += check("window-size", () -> {
            run("document.getElementById('small').click()");
            expect("document.getElementById('window-out').textContent", (text) -> text.startsWith("640 × 480"));
        });
        failed += check("settings-window", () -> {
            run("document.getElementById('open-settings').click()");
            WebviewWindow settings = awaitWindow("settings");
            expect("document.getElementById('window-out').textContent", "settings opened"::equals);
            // Its page sets every window's theme; the main page's CSS follows.
            expectIn(settings, "document.readyState", "complete"::equals);
            settings.eval("document.getElementById('dark').click()");
            expect("String(matchMedia('(prefers-color-scheme: dark)').matches)", "true"::equals);
            settings.eval("document.getElementById('close').click()");
            awaitGone("settings");
        });
        failed += check("close-confirmation", () -> {
            window().close();
            expect("String(document.getElementById('confirm-close').hidden)", "false"::equals);
            run("document.getElementById('close-no').click()");
            expect("String(document.getElementById('confirm-close').hidden)", "true"::equals);
            if (this.app.getWebviewWindow("main").isEmpty()) {
                throw new AssertionError("the main window closed although the page held the close");
            }
        });
        Reports.print("done", "failed", failed);
        run("document.getElementById('quit').click()");
    }

    private int check(String name, Step step) {
        try {
            step.run();
            Reports.print("check", "name", name, "ok", true, "detail", "");
            return 0;
        }
        catch (Throwable ex) {
            Reports.print("check", "name", name, "ok", false, "detail", String.valueOf(ex.getMessage()));
            return 1;
        }
    }

    private void run(String script) {
        window().eval(script);
    }

    /** Poll a JavaScript expression of the main page until its value passes. */
    private void expect(String expression, Predicate<String> passes) throws Exception {
        expectIn(window(), expression, passes);
    }

    /**
     * Poll a JavaScript expression of a window's page until its value passes. A page still
     * loading does not answer; it is asked again.
     */
    private void expectIn(WebviewWindow page, String expression, Predicate<String> passes) throws Exception {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        String value = null;
        while (System.nanoTime() < deadline) {
            try {
                value = read(page, expression);
            }
            catch (TimeoutException ex) {
                value = "(no answer)";
            }
            if (passes.test(value)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(expression + " is '" + value + "'");
    }

    private String read(WebviewWindow page, String expression) throws Exception {
        String token = UUID.randomUUID().toString();
        CompletableFuture<String> value = new CompletableFuture<>();
        this.pending.put(token, value);
        page.eval("window.__TAURI__.core.invoke('driver_observe', { token: '" + token + "', value: String(" + expression
                + ") })");
        try {
            return value.get(2, TimeUnit.SECONDS);
        }
        finally {
            this.pending.remove(token);
        }
    }

    private void screenshot() throws Exception {
        String path = this.environment.getProperty("e2e.screenshot");
        if (path == null) {
            return;
        }
        Frame frame = null;
        for (Frame candidate : Frame.getFrames()) {
            if (candidate.isShowing()) {
                frame = candidate;
            }
        }
        if (frame == null) {
            throw new AssertionError("no window is showing");
        }
        BufferedImage image = new Robot().createScreenCapture(frame.getBounds());
        Path target = Path.of(path);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(image, "png", target.toFile());
    }

    private WebviewWindow awaitWindow(String label) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            var window = this.app.getWebviewWindow(label);
            if (window.isPresent()) {
                return window.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no window '" + label + "' opened");
    }

    private void awaitGone(String label) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (this.app.getWebviewWindow(label).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("window '" + label + "' did not close");
            }
            Thread.sleep(50);
        }
    }

    private WebviewWindow window() {
        return this.app.getWebviewWindow("main").orElseThrow();
    }

    private static byte[] mebibyte() {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        return data;
    }

    @FunctionalInterface
    private interface Step {

        void run() throws Exception;
    }
}
