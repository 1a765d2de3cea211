package dev.jtauri.testapps.unnamed;

import dev.jtauri.e2e.E2eCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * An app without a name (no tauri.identifier, no spring.application.name): its CEF profile is
 * named after this class. {@link FirstUnnamedApplication} is another.
 */
@SpringBootApplication
@Import(E2eCommands.class)
public class SecondUnnamedApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(SecondUnnamedApplication.class, args)));
    }
}
