package dev.jtauri.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a command's {@code @TauriCommand(timeout = ...)}: a number with a unit ({@code 500ms},
 * {@code 5s}, {@code 2m}, {@code 1h}) as Spring Boot writes durations, or ISO-8601
 * ({@code PT5S}).
 */
final class CommandTimeouts {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private CommandTimeouts() {
    }

    /**
     * The timeout a command's annotation gives.
     * @param value the annotation's value
     * @param description the command, for the failure
     * @return the timeout; {@code null} for the app's default; {@link Duration#ZERO} for none
     * @throws CommandDefinitionException when the value does not parse, or is negative
     */
    static @Nullable Duration parse(String value, String description) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher simple = SIMPLE.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            Duration duration = Duration.parse(value.trim());
            if (duration.isNegative()) {
                throw invalid(value, description);
            }
            return duration;
        }
        catch (DateTimeParseException ex) {
            throw invalid(value, description);
        }
    }

    private static CommandDefinitionException invalid(String value, String description) {
        return new CommandDefinitionException(description + " has @TauriCommand(timeout = \"" + value + "\"), which "
                + "is not a duration: write a number with a unit (500ms, 5s, 2m, 1h), an ISO-8601 duration (PT5S), or "
                + "\"0\" for none");
    }
}
