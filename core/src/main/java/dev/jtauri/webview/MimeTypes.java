package dev.jtauri.webview;

import java.util.Locale;
import java.util.Map;

/**
 * MIME types of frontend files by extension: what a bundler's output and a static site need.
 */
public final class MimeTypes {

    private static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"), Map.entry("cjs", "text/javascript"),
            Map.entry("css", "text/css"), Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("txt", "text/plain"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"),
            Map.entry("bmp", "image/bmp"), Map.entry("wasm", "application/wasm"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("pdf", "application/pdf"));

    private MimeTypes() {
    }

    /**
     * The MIME type of a file name.
     * @param path a path or file name
     * @return its type, {@code application/octet-stream} when unknown
     */
    public static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash || dot == path.length() - 1) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }
}
