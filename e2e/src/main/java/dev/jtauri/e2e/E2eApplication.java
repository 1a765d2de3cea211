package dev.jtauri.e2e;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The app the end-to-end tests launch in a child JVM under Xvfb: its page (built from
 * {@code @tauri-apps/api} and {@code tauri-plugin-pytauri-api}) runs checks against
 * {@link E2eCommands} and reports each to Java, which prints it for the test to assert.
 */
@SpringBootApplication
public class E2eApplication {

    public static void main(String[] args) {
        run(E2eApplication.class, args);
    }

    /**
     * Run an app of the tests as users' {@code main} does, with the tests' configuration.
     * @param application the app's class
     * @param args its arguments
     */
    public static void run(Class<?> application, String... args) {
        // e2e.properties, not application.properties: the sample's shares this classpath.
        System.exit(SpringApplication.exit(new SpringApplicationBuilder(application)
            .properties("spring.config.name=e2e")
            .run(args)));
    }
}
