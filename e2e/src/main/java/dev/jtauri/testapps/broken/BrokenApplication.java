package dev.jtauri.testapps.broken;

import java.util.List;

import dev.jtauri.Body;
import dev.jtauri.TauriCommand;
import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.e2e.Reports;
import org.cef.CefApp;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An app whose startup fails after CEF started early: one of its commands cannot be served (two
 * body parameters), which is found when the commands are registered, once every bean exists. A
 * bean that waits for CEF makes sure CEF is up by then.
 */
@SpringBootApplication
public class BrokenApplication {

    public static void main(String[] args) {
        E2eApplication.run(BrokenApplication.class, args);
    }

    @Bean
    CefStarted cefStarted() throws InterruptedException {
        for (int i = 0; i < 1200 && CefApp.getState() != CefApp.CefAppState.INITIALIZED; i++) {
            Thread.sleep(50);
        }
        List<Long> chromium = ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
        Reports.print("cefStarted", "state", CefApp.getState().name(), "chromiumPids", chromium);
        return new CefStarted();
    }

    @Bean
    Unservable unservable() {
        return new Unservable();
    }

    static final class CefStarted {
    }

    static final class Unservable {

        @TauriCommand
        public String twoBodies(@Body String first, @Body String second) {
            return first + second;
        }
    }
}
