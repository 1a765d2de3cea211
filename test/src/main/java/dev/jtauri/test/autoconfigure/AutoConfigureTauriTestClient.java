package dev.jtauri.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;

/**
 * Adds a {@link dev.jtauri.test.TauriTestClient} bean to a {@code @SpringBootTest} context: it
 * plays the page in process, through the same invoke pipeline as a real window. The window stays
 * closed unless {@link #webview()} is true, so the test needs no display.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureTauriTestClient
 * class GreeterTests {
 *     @Autowired TauriTestClient tauri;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
@PropertyMapping("tauri.webview")
public @interface AutoConfigureTauriTestClient {

    /**
     * Whether windows open as configured ({@code tauri.webview.enabled}). False by default: the
     * test client needs no window.
     * @return whether to open windows
     */
    @PropertyMapping("enabled")
    boolean webview() default false;

    /**
     * Whether the runner blocks until the app exits ({@code tauri.webview.await-exit}). False: a
     * test context must finish starting.
     * @return whether to block
     */
    @PropertyMapping("await-exit")
    boolean awaitExit() default false;
}
