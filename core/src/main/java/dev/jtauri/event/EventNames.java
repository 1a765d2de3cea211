package dev.jtauri.event;

/**
 * The rule Tauri applies to event names and window labels: alphanumerics, {@code -},
 * {@code /}, {@code :} and {@code _}.
 */
public final class EventNames {

    /** What a valid name is, for messages: "an event name " + RULE. */
    public static final String RULE = "must be non-empty and contain only alphanumeric characters, '-', '/', ':' and '_'";

    private EventNames() {
    }

    /**
     * Check an event name.
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming the bad name
     */
    public static String validate(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("Event name '" + name + "' is not valid: it " + RULE);
        }
        return name;
    }

    /**
     * Whether a name or label follows the rule.
     * @param name the name
     * @return true when valid
     */
    public static boolean isValid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == ':' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
