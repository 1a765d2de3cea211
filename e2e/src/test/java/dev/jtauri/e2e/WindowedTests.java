package dev.jtauri.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of the end-to-end tests: one private Xvfb display per test class, for the windows of
 * the apps they launch.
 */
abstract class WindowedTests {

    static XvfbServer xvfb;

    @BeforeAll
    static void startDisplay() throws Exception {
        xvfb = XvfbServer.start();
    }

    @AfterAll
    static void stopDisplay() throws Exception {
        xvfb.close();
    }
}
