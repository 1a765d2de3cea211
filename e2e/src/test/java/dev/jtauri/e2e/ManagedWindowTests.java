package dev.jtauri.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of the end-to-end tests that close, move or inspect windows as a user's desktop
 * does: a real window manager (openbox) on the test class's display.
 */
abstract class ManagedWindowTests extends WindowedTests {

    static WindowManager windowManager;

    @BeforeAll
    static void startWindowManager() throws Exception {
        windowManager = WindowManager.start(xvfb);
    }

    @AfterAll
    static void stopWindowManager() throws Exception {
        windowManager.close();
    }
}
