package dev.jtauri.benchmarks.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The window suite's jtauri app: a plain Spring Boot app on the starter. */
@SpringBootApplication
public class SuiteApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(SuiteApplication.class, args)));
    }
}
