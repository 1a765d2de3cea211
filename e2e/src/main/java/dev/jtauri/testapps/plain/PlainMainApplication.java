package dev.jtauri.testapps.plain;

import dev.jtauri.e2e.E2eCommands;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The e2e app with the plainest {@code main}: run, and let the process end when the app has
 * ended. The way to go for an app that may end by closing its Spring context: Spring Boot cannot
 * read an exit code from a context that is already closed.
 */
@SpringBootApplication
@Import(E2eCommands.class)
public class PlainMainApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PlainMainApplication.class).properties("spring.config.name=e2e").run(args);
    }
}
