package dev.jtauri.acl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A URL of a capability's {@code remote.urls}, read as Tauri reads it: a URLPattern constructor
 * string, of which jtauri takes the {@code *} wildcards and leaves the rest of URLPattern's syntax
 * (named groups {@code :id}, regular expressions {@code (\\d+)}, groups {@code {...}}, modifiers,
 * escapes, user names), which it refuses rather than read otherwise than Tauri would.
 *
 * <ul>
 * <li>{@code scheme://host[:port][/path][?search][#hash]}, each part literal or holding {@code *}
 * wildcards, which match any run of characters ({@code https://*.example.com} matches
 * {@code api.example.com} and {@code a.b.example.com}, not {@code example.com}; {@code http://*}
 * any host).</li>
 * <li>As Tauri completes a pattern: a path that is missing or {@code /} matches any path, a
 * missing or empty search or hash any search or hash.</li>
 * <li>A missing port matches only the scheme's default port, as URLPattern reads it:
 * {@code http://localhost/*} does not match {@code http://localhost:5173/}.</li>
 * <li>Scheme and host match without regard to case, the rest as written.</li>
 * </ul>
 */
public final class RemoteUrlPattern {

    private static final Pattern SHAPE = Pattern.compile("([^:/?#]+)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");

    private static final Pattern SCHEME = Pattern.compile("\\*|[A-Za-z][A-Za-z0-9+.-]*");

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.*-]+");

    private static final Pattern PORT = Pattern.compile("\\*|[0-9]{1,5}");

    // URLPattern's syntax beyond '*': named groups, regular expressions, groups, modifiers, escapes.
    private static final Pattern UNSUPPORTED = Pattern.compile("[:(){}+\\\\]");

    private final String pattern;

    private final Pattern scheme;

    private final Pattern host;

    private final Pattern port;

    private final Pattern path;

    private final Pattern search;

    private final Pattern hash;

    private RemoteUrlPattern(String pattern, String scheme, String host, String port, String path, String search,
            String hash) {
        this.pattern = pattern;
        this.scheme = wildcards(scheme, true);
        this.host = wildcards(host, true);
        this.port = wildcards(port, false);
        this.path = wildcards(path, false);
        this.search = wildcards(search, false);
        this.hash = wildcards(hash, false);
    }

    /**
     * Read a pattern.
     * @param pattern such as {@code https://*.example.com} or {@code https://example.com/api/*}
     * @return the pattern
     * @throws IllegalArgumentException saying what jtauri does not read in it
     */
    public static RemoteUrlPattern parse(String pattern) {
        Matcher parts = SHAPE.matcher(pattern);
        if (!parts.matches()) {
            throw new IllegalArgumentException("'" + pattern + "' is not a URL pattern of the form "
                    + "scheme://host/path, such as https://*.example.com");
        }
        String scheme = parts.group(1);
        String authority = parts.group(2);
        if (!SCHEME.matcher(scheme).matches()) {
            throw unsupported(pattern, "its scheme is not a scheme or *");
        }
        if (authority.contains("@")) {
            throw unsupported(pattern, "a user name or password is not read");
        }
        int colon = authority.lastIndexOf(':');
        String host = (colon >= 0) ? authority.substring(0, colon) : authority;
        String port = (colon >= 0) ? authority.substring(colon + 1) : "";
        if (!HOST.matcher(host).matches()) {
            throw unsupported(pattern, "its host is not a host name, with * wildcards");
        }
        if (colon >= 0 && !PORT.matcher(port).matches()) {
            throw unsupported(pattern, "its port is not a number or *");
        }
        String path = parts.group(3);
        String search = Objects.requireNonNullElse(parts.group(4), "");
        String hash = Objects.requireNonNullElse(parts.group(5), "");
        for (String part : new String[] { path, search, hash }) {
            if (UNSUPPORTED.matcher(part).find()) {
                throw unsupported(pattern, "jtauri reads URLPattern's * wildcards, not its named groups (:name), "
                        + "regular expressions ((...)), groups ({...}), modifiers (+) or escapes (\\)");
            }
        }
        // As Tauri completes the pattern: any path, search and hash unless given.
        return new RemoteUrlPattern(pattern, scheme, host, port, (path.isEmpty() || path.equals("/")) ? "*" : path,
                search.isEmpty() ? "*" : search, hash.isEmpty() ? "*" : hash);
    }

    private static IllegalArgumentException unsupported(String pattern, String why) {
        return new IllegalArgumentException("'" + pattern + "' is not a URL pattern jtauri reads: " + why);
    }

    /** A part of the pattern as a regular expression: its literal text, {@code *} any run. */
    private static Pattern wildcards(String part, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (String literal : part.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /**
     * Whether a URL matches the pattern.
     * @param url an absolute URL with a host
     * @return true when every part matches; false for a URL that is not one
     */
    public boolean matches(String url) {
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException ex) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
        return this.scheme.matcher(scheme).matches() && this.host.matcher(uri.getHost()).matches()
                && this.port.matcher(port(scheme, uri.getPort())).matches() && this.path.matcher(path).matches()
                && this.search.matcher(orEmpty(uri.getRawQuery())).matches()
                && this.hash.matcher(orEmpty(uri.getRawFragment())).matches();
    }

    /** The port as a URL writes it: none for the scheme's default. */
    private static String port(String scheme, int port) {
        boolean byDefault = port < 0 || (port == 80 && (scheme.equals("http") || scheme.equals("ws")))
                || (port == 443 && (scheme.equals("https") || scheme.equals("wss")));
        return byDefault ? "" : Integer.toString(port);
    }

    private static String orEmpty(@Nullable String part) {
        return (part != null) ? part : "";
    }

    /**
     * The pattern as written.
     * @return the pattern
     */
    @Override
    public String toString() {
        return this.pattern;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RemoteUrlPattern remote && this.pattern.equals(remote.pattern);
    }

    @Override
    public int hashCode() {
        return this.pattern.hashCode();
    }
}
