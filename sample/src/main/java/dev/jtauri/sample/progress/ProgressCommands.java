package dev.jtauri.sample.progress;

import java.security.MessageDigest;
import java.util.HexFormat;

import dev.jtauri.Channel;
import dev.jtauri.InvokeException;
import dev.jtauri.TauriCommand;
import org.springframework.stereotype.Component;

/**
 * A long task that streams its progress through a channel, and raw bytes both ways.
 */
@Component
public class ProgressCommands {

    /**
     * {@code invoke('countTo', {steps, onProgress: new Channel()})}: sends a Progress per step,
     * ends the channel, and resolves with the number of steps.
     */
    @TauriCommand
    public int countTo(int steps, long stepMillis, Channel<Progress> onProgress) throws InterruptedException {
        if (steps < 1 || steps > 10_000) {
            throw new InvokeException("steps must be between 1 and 10000");
        }
        try (onProgress) {
            for (int done = 1; done <= steps; done++) {
                Thread.sleep(stepMillis);
                onProgress.send(new Progress(done, steps));
            }
        }
        return steps;
    }

    /** {@code invoke('sha256', uint8Array)}: raw bytes in, raw digest bytes out. */
    @TauriCommand
    public byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    /** {@code invoke('sha256Hex', uint8Array)}: raw bytes in, JSON string out. */
    @TauriCommand
    public String sha256Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(sha256(data));
    }
}
