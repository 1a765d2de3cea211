package dev.jtauri.testapps.broken;

import dev.jtauri.Body;
import dev.jtauri.TauriCommand;
import dev.jtauri.e2e.CefStarted;
import dev.jtauri.e2e.E2eApplication;
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
        return CefStarted.awaitAndReport();
    }

    @Bean
    Unservable unservable() {
        return new Unservable();
    }

    static final class Unservable {

        @TauriCommand
        public String twoBodies(@Body String first, @Body String second) {
            return first + second;
        }
    }
}
