package dev.jtauri.e2e;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The app the end-to-end tests launch in a child JVM under Xvfb: its page (built from
 * {@code @tauri-apps/api} and {@code tauri-plugin-pytauri-api}) runs checks against
 * {@link E2eCommands} and reports each to Java, which prints it for the test to assert.
 */
@SpringBootApplication
public class E2eApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(E2eApplication.class, args)));
    }
}
