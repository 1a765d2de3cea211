package dev.jtauri.webview.jcef;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jtauri.webview.ExternalUrlOpener;
import dev.jtauri.webview.NavigationPolicy;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationGuardTests {

    private final AppOrigins origins = new AppOrigins(URI.create("http://localhost:5173/"));

    private final List<String> opened = new CopyOnWriteArrayList<>();

    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    private final ExternalUrlOpener recorder = (url) -> this.opened.add(url.toString());

    @Test
    void theAppsOriginsAndItsBlobsAreAlwaysTheWindows() {
        NavigationGuard guard = guard(NavigationPolicy.DENY);
        assertThat(guard.beforeBrowse("main", new AppLoads(), "tauri://localhost/settings.html", false)).isFalse();
        assertThat(guard.beforeBrowse("main", new AppLoads(), "http://localhost:5173/src/", false)).isFalse();
        assertThat(guard.beforeBrowse("main", new AppLoads(), "blob:tauri://localhost/1b2c", false)).isFalse();
        assertThat(guard.beforeBrowse("main", new AppLoads(), "blob:https://example.com/1b2c", false)).isTrue();
    }

    @Test
    void whatTheAppLoadsIsTheWindowsWhateverThePolicy() {
        AppLoads loads = new AppLoads();
        loads.expect("https://example.com/");
        assertThat(guard(NavigationPolicy.DENY).beforeBrowse("main", loads, "https://example.com/", false)).isFalse();
        assertThat(this.opened).isEmpty();
    }

    @Test
    void denyKeepsTheWindowOnItsPageAndOpensNothing() {
        NavigationGuard guard = guard(NavigationPolicy.DENY);
        assertThat(guard.beforeBrowse("main", new AppLoads(), "https://example.com/", false)).isTrue();
        assertThat(guard.beforePopup("main", "https://example.com/")).isTrue();
        assertThat(this.opened).isEmpty();
    }

    @Test
    void openExternalKeepsTheWindowOnItsPageAndOpensHttpHttpsAndMailtoOnly() throws Exception {
        NavigationGuard guard = guard(NavigationPolicy.OPEN_EXTERNAL);
        for (String url : new String[] { "https://example.com/a", "http://example.com/b", "mailto:a@example.com",
                "file:///etc/passwd", "vscode://open?x", "javascript:alert(1)", "not a url" }) {
            assertThat(guard.beforeBrowse("main", new AppLoads(), url, false)).as(url).isTrue();
        }
        awaitOpeners();
        assertThat(this.opened).containsExactlyInAnyOrder("https://example.com/a", "http://example.com/b",
                "mailto:a@example.com");
    }

    @Test
    void allowLetsTheWindowGoButAPopupOpensOutsideTheApp() throws Exception {
        NavigationGuard guard = guard(NavigationPolicy.ALLOW);
        assertThat(guard.beforeBrowse("main", new AppLoads(), "https://example.com/", false)).isFalse();
        assertThat(guard.beforePopup("main", "https://example.com/popup")).isTrue();
        awaitOpeners();
        assertThat(this.opened).containsExactly("https://example.com/popup");
    }

    @Test
    void aPopupOfTheAppsOwnIsRefusedAndOpensNothing() throws Exception {
        NavigationGuard guard = guard(NavigationPolicy.ALLOW);
        assertThat(guard.beforePopup("main", "tauri://localhost/settings.html")).isTrue();
        awaitOpeners();
        assertThat(this.opened).isEmpty();
    }

    @Test
    void urlsWaitForTheAppsOpenerAndEachOpensOnAThreadOfItsOwn() throws Exception {
        NavigationGuard guard = new NavigationGuard(this.origins, NavigationPolicy.OPEN_EXTERNAL, this::startThread);
        guard.beforeBrowse("main", new AppLoads(), "https://example.com/early", false);
        assertThat(this.threads).as("before the app's opener is known").isEmpty();
        List<Thread> callers = new CopyOnWriteArrayList<>();
        guard.useOpener((url) -> {
            callers.add(Thread.currentThread());
            this.opened.add(url.toString());
        });
        guard.useOpener((url) -> this.opened.add("second opener: " + url));
        guard.beforeBrowse("main", new AppLoads(), "https://example.com/later", false);
        awaitOpeners();
        assertThat(this.opened).containsExactlyInAnyOrder("https://example.com/early", "https://example.com/later");
        assertThat(callers).doesNotContain(Thread.currentThread()).doesNotHaveDuplicates();
    }

    @Test
    void anOpenerThatFailsIsLoggedNotThrown() throws Exception {
        NavigationGuard guard = new NavigationGuard(this.origins, NavigationPolicy.OPEN_EXTERNAL, this::startThread);
        guard.useOpener((url) -> {
            throw new java.io.IOException("no browser");
        });
        ListAppender<ILoggingEvent> log = capture();
        try {
            assertThat(guard.beforeBrowse("main", new AppLoads(), "https://example.com/", false)).isTrue();
            awaitOpeners();
            assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Could not open https://example.com/ outside the app: java.io.IOException: no browser");
        }
        finally {
            release(log);
        }
    }

    @Test
    void theFirstRefusalIsToldAtInfoNamingThePropertyAndLaterOnesAtDebug() {
        NavigationGuard guard = guard(NavigationPolicy.DENY);
        ListAppender<ILoggingEvent> log = capture();
        try {
            guard.beforeBrowse("main", new AppLoads(), "https://example.com/secret?token=1", false);
            guard.beforeBrowse("main", new AppLoads(), "https://example.com/again", false);
            assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.INFO)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Window 'main': leaving the app to https://example.com was refused, and jtauri kept "
                        + "the window on its page (tauri.app.security.navigation=deny); later ones are logged at debug");
            assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.DEBUG)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Window 'main': leaving the app to https://example.com/secret?token=1 was refused, "
                        + "and jtauri kept the window on its page", "Window 'main': leaving the app to "
                        + "https://example.com/again was refused, and jtauri kept the window on its page");
        }
        finally {
            release(log);
        }
    }

    private static ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(NavigationGuard.class);
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        Logger logger = (Logger) LoggerFactory.getLogger(NavigationGuard.class);
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    private NavigationGuard guard(NavigationPolicy policy) {
        NavigationGuard guard = new NavigationGuard(this.origins, policy, this::startThread);
        guard.useOpener(this.recorder);
        return guard;
    }

    private void startThread(Runnable task) {
        Thread thread = new Thread(task);
        this.threads.add(thread);
        thread.start();
    }

    private void awaitOpeners() throws InterruptedException {
        for (Thread thread : this.threads) {
            thread.join(5000);
        }
    }
}
