package dev.jtauri.testapps.slow;

import java.util.Map;

import dev.jtauri.AppHandle;
import dev.jtauri.TauriCommand;
import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.e2e.Reports;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * An app whose context takes seconds to start (a bean that sleeps), as a large app's does: its
 * window opens and its page runs before the context is ready, and the page's invokes, sent at
 * once, wait for the commands and are answered.
 */
@SpringBootApplication
public class SlowStartApplication {

    /** The window's title. */
    public static final String TITLE = "slow start";

    /** How long the slow bean takes. */
    public static final long SLOW_BEAN_MILLIS = 6000;

    public static void main(String[] args) {
        E2eApplication.run(SlowStartApplication.class, "--tauri.app.windows[0].url=early.html",
                "--tauri.app.windows[0].title=" + TITLE);
    }

    @Bean
    SlowBean slowBean() throws InterruptedException {
        Reports.print("slowBeanStarted", "at", System.currentTimeMillis());
        Thread.sleep(SLOW_BEAN_MILLIS);
        return new SlowBean();
    }

    @Bean
    EarlyCommands earlyCommands() {
        return new EarlyCommands();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        Reports.print("contextReady", "at", System.currentTimeMillis());
    }

    static final class SlowBean {
    }

    public static final class EarlyCommands {

        @TauriCommand
        public String echo(String text) {
            return text;
        }

        @TauriCommand("body_size")
        public int bodySize(byte[] body) {
            return body.length;
        }

        @TauriCommand
        public void report(Map<String, Object> page, AppHandle app) {
            Reports.print("page", "page", page);
            app.exit(0);
        }
    }
}
