package dev.jtauri.webview.jcef;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Turns a request URL into a path inside the frontend, refusing anything that could leave it:
 * {@code ..} and {@code .} segments (plain or percent-encoded), backslashes, NUL characters and
 * malformed escapes all give {@code null}, which the asset protocol answers with 404.
 */
final class AssetPaths {

    private static final String INDEX = "index.html";

    private AssetPaths() {
    }

    /**
     * The frontend path of a URL.
     * @param url the request URL, such as {@code tauri://localhost/assets/app.js?v=1}
     * @return the path without a leading slash ({@code index.html} for a directory), or
     * {@code null} when the URL is malformed or tries to leave the frontend
     */
    static @Nullable String of(String url) {
        String rawPath = rawPath(url);
        if (rawPath == null) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
            if (!segment.isEmpty()) {
                path.append((path.length() > 0) ? "/" : "").append(segment);
            }
        }
        if (path.length() == 0) {
            return INDEX;
        }
        return decoded.endsWith("/") ? path + "/" + INDEX : path.toString();
    }

    /**
     * The path of a URL, still percent-encoded.
     * @param url the URL
     * @return the path, or {@code null} when the URL is malformed or has none
     */
    static @Nullable String rawPath(String url) {
        try {
            return new URI(url).getRawPath();
        }
        catch (URISyntaxException ex) {
            return null;
        }
    }
}
