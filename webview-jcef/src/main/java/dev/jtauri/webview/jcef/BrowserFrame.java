package dev.jtauri.webview.jcef;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import dev.jtauri.dpi.LogicalPosition;
import dev.jtauri.dpi.LogicalSize;
import dev.jtauri.webview.WindowOptions;
import dev.jtauri.window.WindowClosedException;
import org.cef.browser.CefBrowser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser in a Swing frame, and the browser's life: shown, created by CEF, closed, each once.
 *
 * <p>A close may come at any point of that life. Before the frame is shown, it is never shown
 * and nothing is left to close. After it is shown but before CEF has created the browser (which
 * CEF does on its own, shortly after), the browser is closed as soon as it is created: a close
 * sent earlier would be lost, and the browser would appear after the app ended. After that, the
 * browser closes and CEF reports it closed.
 *
 * <p>It is also the one gate through which jtauri's threads call into the browser
 * ({@link #call}, {@link #read}, {@link #whileLive}): CEF frees a closing browser's native objects
 * on its own thread, and a call racing that aborts the process, so a call runs only while the
 * browser is live, and holds its close off until it returns.
 */
final class BrowserFrame {

    private static final Logger logger = LoggerFactory.getLogger(BrowserFrame.class);

    private enum State { NEW, SHOWN, CREATED, CLOSING, CLOSED }

    private final CefBrowser browser;

    private final WindowOptions options;

    private final String title;

    // Used on the EDT only, as is what adopt() changes them to.
    private Runnable onCloseButton;

    private Consumer<SwingWindow> onCreate;

    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    // Run just before the browser is asked to close, while it is still live.
    private final List<Runnable> beforeBrowserCloses = new CopyOnWriteArrayList<>();

    // Guarded by "this".
    private State state = State.NEW;

    // Guarded by "this": a close that came while CEF was creating the browser.
    private boolean closeRequested;

    // Guarded by "this": calls asked for before CEF created the browser, run once it has.
    private final List<Consumer<CefBrowser>> untilCreated = new ArrayList<>();

    // Used on the EDT only.
    private @Nullable SwingWindow window;

    // Guarded by "this": DevTools were opened, and not closed since, by toggleDevTools.
    private boolean devToolsOpen;

    // What the app itself loads into the browser, whose navigations are the app's choice.
    private final AppLoads loads = new AppLoads();

    /**
     * @param onCloseButton what the frame's close button does: runs on the EDT, so it must only
     * hand off
     * @param onCreate prepares the frame before it is first shown: runs on the EDT
     */
    BrowserFrame(CefBrowser browser, WindowOptions options, String title, Runnable onCloseButton,
            Consumer<SwingWindow> onCreate) {
        this.browser = browser;
        this.options = options;
        this.title = title;
        this.onCloseButton = onCloseButton;
        this.onCreate = onCreate;
    }

    CefBrowser browser() {
        return this.browser;
    }

    /** What the app itself loads into the browser: tell it before loading a URL. */
    AppLoads loads() {
        return this.loads;
    }

    /**
     * Give the frame the callbacks of the window that takes it over (a window opened early,
     * adopted by the app's runtime): on the EDT, where {@code onCreate} runs at once if the frame
     * is already shown, or when it is.
     * @param onCloseButton what the close button does from now on
     * @param onCreate prepares the frame for its new owner
     */
    void adopt(Runnable onCloseButton, Consumer<SwingWindow> onCreate) {
        SwingUtilities.invokeLater(() -> {
            this.onCloseButton = onCloseButton;
            this.onCreate = onCreate;
            SwingWindow shown = this.window;
            if (shown != null && !this.closed.isDone()) {
                onCreate.accept(shown);
            }
        });
    }

    /** Show the frame; on the EDT, without waiting. */
    void show() {
        SwingUtilities.invokeLater(this::showOnEdt);
    }

    private void showOnEdt() {
        if (!beginShowing()) {
            return;
        }
        JFrame window = new JFrame(this.title);
        window.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        window.setUndecorated(!this.options.decorations());
        window.setResizable(this.options.resizable());
        window.setAlwaysOnTop(this.options.alwaysOnTop());
        window.setAutoRequestFocus(this.options.focus());
        boolean placed = this.options.x() != null || this.options.center();
        window.setLocationByPlatform(!placed);
        window.getContentPane().add(this.browser.getUIComponent(), BorderLayout.CENTER);
        // Tauri's width and height are the content area's.
        ((JComponent) window.getContentPane()).setPreferredSize(new Dimension(round(this.options.width()),
                round(this.options.height())));
        window.pack();
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                BrowserFrame.this.onCloseButton.run();
            }
        });
        SwingWindow operations = new SwingWindow(window);
        operations.setMinInnerSize(logical(this.options.minWidth(), this.options.minHeight(), 1));
        operations.setMaxInnerSize(logical(this.options.maxWidth(), this.options.maxHeight(), Integer.MAX_VALUE / 4));
        if (this.options.x() != null && this.options.y() != null) {
            operations.setOuterPosition(new LogicalPosition(this.options.x(), this.options.y()));
        }
        else if (this.options.center()) {
            operations.center();
        }
        if (this.options.maximized()) {
            operations.setMaximized(true);
        }
        operations.setClosable(this.options.closable());
        this.window = operations;
        this.onCreate.accept(operations);
        if (this.options.visible()) {
            window.setVisible(true);
        }
        else {
            // Hidden: the browser is made now, so the page loads, and is put in the frame once shown.
            this.browser.createImmediately();
        }
        if (this.options.fullscreen()) {
            operations.setFullscreen(true);
        }
    }

    /**
     * The frame is about to show, and CEF to create the browser: from now on a close waits for
     * the creation ({@link #created}).
     * @return false when the frame was shown or closed already
     */
    synchronized boolean beginShowing() {
        if (this.state != State.NEW) {
            return false;
        }
        this.state = State.SHOWN;
        return true;
    }

    private static @Nullable LogicalSize logical(@Nullable Double width, @Nullable Double height, double unbounded) {
        if (width == null && height == null) {
            return null;
        }
        return new LogicalSize((width != null) ? width : unbounded, (height != null) ? height : unbounded);
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    /**
     * The frame's operations, once it was shown; on the EDT only.
     * @param operation what is asked, for the refusal
     * @return the operations
     * @throws WindowClosedException once it is closed
     * @throws IllegalStateException before the frame was shown
     */
    SwingWindow window(String operation) {
        SwingWindow shown = this.window;
        if (this.closed.isDone()) {
            throw refusal(operation);
        }
        if (shown == null) {
            throw new IllegalStateException("The window '" + this.options.label() + "' is not shown yet");
        }
        return shown;
    }

    /** CEF created the browser (on CEF's UI thread): the calls that waited for it run, in order. */
    void created() {
        boolean closeNow;
        synchronized (this) {
            if (this.state != State.SHOWN) {
                return;
            }
            closeNow = this.closeRequested;
            this.state = closeNow ? State.CLOSING : State.CREATED;
            if (!closeNow) {
                this.untilCreated.forEach(this::runSafely);
            }
            this.untilCreated.clear();
        }
        if (closeNow) {
            closeBrowser();
        }
    }

    private void runSafely(Consumer<CefBrowser> call) {
        try {
            call.accept(this.browser);
        }
        catch (RuntimeException ex) {
            logger.warn("A call that waited for the browser to be created failed", ex);
        }
    }

    /**
     * Whether CEF created the browser and nobody asked it to close yet: the only state in which
     * calls into the browser from other threads are safe.
     */
    synchronized boolean isBrowserLive() {
        return this.state == State.CREATED;
    }

    /**
     * Call into the browser only while it is live, and keep it so until the call returns: a close
     * waits for a call under way (calls that only post to CEF, so the wait is short), and no call
     * starts once a close began.
     * @param call what to do with the browser
     * @return whether the call ran
     */
    synchronized boolean whileLive(Consumer<CefBrowser> call) {
        if (this.state != State.CREATED) {
            return false;
        }
        call.accept(this.browser);
        return true;
    }

    /**
     * Call into the browser on the app's behalf: at once while it is live, its close held off
     * meanwhile; once CEF has created it when it is not yet, in the order asked; never once the
     * window is closing.
     * @param operation what is asked, for the refusal
     * @param call what to do with the browser; it must only post to CEF, never wait
     * @throws WindowClosedException once the window is closing or closed
     */
    synchronized void call(String operation, Consumer<CefBrowser> call) {
        switch (this.state) {
            case CREATED -> call.accept(this.browser);
            case NEW, SHOWN -> {
                if (this.closeRequested) {
                    throw refusal(operation);
                }
                this.untilCreated.add(call);
            }
            case CLOSING, CLOSED -> throw refusal(operation);
        }
    }

    /**
     * Read from the browser on the app's behalf: at once while it is live, its close held off
     * meanwhile.
     * @param operation what is asked, for the refusal
     * @param read what to read; it must not wait
     * @param beforeCreated the answer before CEF has created the browser
     * @return what was read
     * @throws WindowClosedException once the window is closing or closed
     */
    synchronized <T> T read(String operation, Function<CefBrowser, T> read, Supplier<T> beforeCreated) {
        return switch (this.state) {
            case CREATED -> read.apply(this.browser);
            case NEW, SHOWN -> {
                if (this.closeRequested) {
                    throw refusal(operation);
                }
                yield beforeCreated.get();
            }
            case CLOSING, CLOSED -> throw refusal(operation);
        };
    }

    private WindowClosedException refusal(String operation) {
        return new WindowClosedException(this.options.label(), operation);
    }

    /**
     * Open the browser's DevTools, or close them when this opened them last: Tauri's toggle. JCEF
     * cannot tell whether they are open, so DevTools opened with F12 or closed from their own
     * window count as they were. Nothing happens unless the browser is live.
     */
    void toggleDevTools() {
        whileLive((browser) -> {
            if (this.devToolsOpen) {
                browser.closeDevTools();
            }
            else {
                browser.openDevTools();
            }
            this.devToolsOpen = !this.devToolsOpen;
        });
    }

    /** Close the frame and its browser, whatever point of its life it is at. Idempotent. */
    void close() {
        boolean closeBrowser = false;
        boolean closedNow = false;
        synchronized (this) {
            switch (this.state) {
                case NEW -> {
                    this.state = State.CLOSED;
                    closedNow = true;
                }
                case SHOWN -> this.closeRequested = true;
                case CREATED -> {
                    this.state = State.CLOSING;
                    closeBrowser = true;
                }
                case CLOSING, CLOSED -> { }
            }
        }
        if (closedNow) {
            this.closed.complete(null);
        }
        if (closeBrowser) {
            closeBrowser();
        }
    }

    /** CEF destroyed the browser (on CEF's UI thread). */
    void browserClosed() {
        synchronized (this) {
            this.state = State.CLOSED;
        }
        disposeFrame();
        this.closed.complete(null);
    }

    /**
     * Give up on a browser that did not close in time: its frame goes, so that a displayable
     * frame does not keep AWT, and the JVM, alive after the app ended.
     */
    void abandon() {
        disposeFrame();
    }

    private void disposeFrame() {
        SwingUtilities.invokeLater(() -> {
            SwingWindow shown = this.window;
            if (shown != null) {
                shown.frame().dispose();
            }
        });
    }

    /** Completes once the browser is closed, or was closed before it was ever shown. */
    CompletableFuture<Void> closed() {
        return this.closed;
    }

    /**
     * Run something just before the browser is asked to close, while calls into it are still
     * safe: the page's queries are answered there, for none to be left for CEF to cancel as it
     * destroys the browser, a path of JCEF's that reads the frames of a browser being freed.
     * @param action what to run; it must not wait
     */
    void beforeBrowserCloses(Runnable action) {
        this.beforeBrowserCloses.add(action);
    }

    private void closeBrowser() {
        for (Runnable action : this.beforeBrowserCloses) {
            try {
                action.run();
            }
            catch (RuntimeException ex) {
                logger.warn("A step before the browser closed failed", ex);
            }
        }
        this.browser.setCloseAllowed();
        this.browser.close(true);
    }
}
