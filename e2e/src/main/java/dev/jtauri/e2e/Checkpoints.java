package dev.jtauri.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Where a page and the test that launched its app meet: {@code checkpoint(name, data)} reports
 * what the page saw, then holds the page until the test, having looked at the real window from
 * outside, writes the file {@code <e2e.ack-dir>/<name>}.
 */
@Component
public class Checkpoints {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path ackDir;

    public Checkpoints(@Value("${e2e.ack-dir:}") String ackDir) {
        this.ackDir = Path.of(ackDir.isEmpty() ? System.getProperty("java.io.tmpdir") : ackDir);
    }

    @TauriCommand
    public void checkpoint(String name, JsonNode data) throws InterruptedException {
        Reports.print("checkpoint", "name", name, "data", data);
        Path ack = this.ackDir.resolve(name);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(ack)) {
            if (System.nanoTime() > deadline) {
                throw new InvokeException("the test did not acknowledge checkpoint " + name + " within " + TIMEOUT);
            }
            Thread.sleep(20);
        }
    }
}
