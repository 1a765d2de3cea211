package dev.jtauri.webview.jcef;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page may be answered with when its call fails ("Errors on the wire"): a structured
 * rejection, the message as a JSON string or {@code {message, code, data}}, that carries nothing
 * of Java's internals (a class, a stack frame, a source file, a signature, Jackson's wording), and
 * that is an internal error only where a command failed on purpose. Text the page sent may come
 * back (a command's name, an argument's key): only what the page did not send counts.
 */
final class PageSafety {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> REJECTION_FIELDS = Set.of("message", "code", "data");

    private static final Pattern INTERNAL_ERROR = Pattern.compile(
            "(command '(.*)'|the call) failed with an internal error \\(error id [0-9a-f]{8}\\); "
                    + "the application log has the details", Pattern.DOTALL);

    private static final Map<String, Pattern> INTERNALS = internals();

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private PageSafety() {
    }

    /**
     * The problem with a rejection, if any.
     * @param json the rejection's JSON, as the page gets it
     * @param sent what the page sent, as {@link PageText} has it; asked for only when needed
     * @return what is wrong, or {@code null}
     */
    static @Nullable String problemWithRejection(String json, Supplier<String> sent) {
        JsonNode rejection;
        try {
            rejection = MAPPER.readTree(json);
        }
        catch (JacksonException ex) {
            return "the rejection is not JSON: " + Shown.of(json);
        }
        return problemWithRejection(rejection, sent);
    }

    /**
     * The problem with a rejection, if any.
     * @param rejection the rejection's value
     * @param sent what the page sent, as {@link PageText} has it; asked for only when needed
     * @return what is wrong, or {@code null}
     */
    static @Nullable String problemWithRejection(JsonNode rejection, Supplier<String> sent) {
        String message;
        if (rejection.isString()) {
            message = rejection.stringValue();
        }
        else if (rejection.isObject() && rejection.path("message").isString() && onlyRejectionFields(rejection)) {
            message = rejection.get("message").stringValue();
        }
        else {
            return "the rejection is neither a string nor {message, code, data}: " + Shown.of(rejection.toString());
        }
        Matcher internal = INTERNAL_ERROR.matcher(message);
        if (internal.matches() && !FuzzCommands.FAILING_ON_PURPOSE.contains(internal.group(2))) {
            return "an internal error: " + Shown.of(message);
        }
        String leak = leak(message, sent);
        return (leak != null) ? leak + " in the rejection " + Shown.of(message) : null;
    }

    private static boolean onlyRejectionFields(JsonNode object) {
        return REJECTION_FIELDS.containsAll(object.propertyNames());
    }

    /**
     * What of Java's internals the message shows that the page did not send, if anything.
     * @param message the rejection's message
     * @param sent what the page sent, as {@link PageText} has it; asked for only when needed
     * @return what it shows, or {@code null}
     */
    static @Nullable String leak(String message, Supplier<String> sent) {
        // Quoted are names the page chose (commands, argument paths such as 'value.Logical').
        String unquoted = QUOTED.matcher(message).replaceAll("''");
        for (Map.Entry<String, Pattern> internal : INTERNALS.entrySet()) {
            Matcher matcher = internal.getValue().matcher(unquoted);
            while (matcher.find()) {
                if (!sent.get().contains(matcher.group())) {
                    return internal.getKey();
                }
            }
        }
        return null;
    }

    private static Map<String, Pattern> internals() {
        Map<String, Pattern> internals = new LinkedHashMap<>();
        internals.put("a package-qualified class name", Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*\\.[A-Z]"));
        internals.put("a source file", Pattern.compile("\\.java\\b"));
        internals.put("an exception's class", Pattern.compile("Exception|Throwable|\\bError:"));
        internals.put("a stack frame", Pattern.compile("\\bat [a-z]+\\.|\\n|\\t"));
        internals.put("a method signature", Pattern.compile("\\w[#.]\\w+\\([\\w<>\\[\\], ?]*\\)"));
        internals.put("a nested class's binary name", Pattern.compile("\\w\\$\\w"));
        internals.put("an object's identity", Pattern.compile("\\w@[0-9a-f]{4,}\\b"));
        internals.put("a collection class Jackson chose", Pattern.compile(
                "\\b(ArrayList|LinkedList|HashMap|LinkedHashMap|TreeMap|HashSet|LinkedHashSet|ImmutableCollections)\\b"));
        internals.put("Jackson's wording", Pattern.compile("`|\\[Source:|line: \\d|reference chain|StreamReadConstraints"
                + "|JsonToken|START_OBJECT|START_ARRAY|Cannot deserialize|Unrecognized token|Invalid UTF-8"));
        internals.put("a path of the app", Pattern.compile("\\.(jar|class)\\b|\\.m2/|"
                + Pattern.quote(System.getProperty("user.dir")) + "|" + Pattern.quote(System.getProperty("java.home"))));
        return internals;
    }
}
