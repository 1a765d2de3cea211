package dev.jtauri.runtime;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How much a page's calls may hold: how many may be in flight at once per page
 * ({@code tauri.ipc.max-calls-in-flight}), and how long a command may take to answer unless its
 * own {@code @TauriCommand(timeout)} says otherwise ({@code tauri.ipc.command-timeout}).
 *
 * @param maxCallsInFlight the calls a page may have started and not yet seen end, at least 1
 * @param commandTimeout how long a command may take; {@code null} or zero for no limit
 */
public record CallLimits(int maxCallsInFlight, @Nullable Duration commandTimeout) {

    /** The default of {@code tauri.ipc.max-calls-in-flight}. */
    public static final int DEFAULT_MAX_CALLS_IN_FLIGHT = 10_000;

    /** No timeout, and {@value #DEFAULT_MAX_CALLS_IN_FLIGHT} calls in flight per page. */
    public static final CallLimits DEFAULT = new CallLimits(DEFAULT_MAX_CALLS_IN_FLIGHT, null);

    public CallLimits {
        if (maxCallsInFlight < 1) {
            throw new IllegalArgumentException("max-calls-in-flight must be at least 1, was " + maxCallsInFlight);
        }
        if (commandTimeout != null && commandTimeout.isNegative()) {
            throw new IllegalArgumentException("command-timeout must not be negative, was " + commandTimeout);
        }
    }

    /** A duration as a person writes it: {@code 5 s}, {@code 250 ms}. */
    static String describe(Duration duration) {
        return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
