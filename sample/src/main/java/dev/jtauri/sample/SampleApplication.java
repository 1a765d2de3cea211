package dev.jtauri.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small jtauri app that uses every feature: commands with arguments and errors, an async
 * command, state, a channel streaming progress, events both ways, and a Java twin of each
 * snippet of PyTauri's "Async and callbacks" page (package {@code seed}).
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        // The process ends with the code given to AppHandle.exit, as PyTauri's sys.exit(app.run_return()).
        System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
    }
}
