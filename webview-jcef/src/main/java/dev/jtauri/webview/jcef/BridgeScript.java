package dev.jtauri.webview.jcef;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bridge's JavaScript, read once with the app's limits filled in, and a window's label and
 * token for each window.
 */
final class BridgeScript {

    private final String template;

    private final JsonMapper mapper;

    /**
     * @param mapper writes the strings filled in
     * @param maxNestingDepth how deep the arguments the bridge sends may nest
     * ({@code tauri.ipc.max-nesting-depth})
     */
    BridgeScript(JsonMapper mapper, int maxNestingDepth) {
        this.mapper = mapper;
        try (InputStream in = BridgeScript.class.getResourceAsStream("bridge.js")) {
            if (in == null) {
                throw new IllegalStateException("bridge.js is missing from jtauri-webview-jcef");
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace("__RAW_INLINE_LIMIT__", Integer.toString(InvokeCodec.RAW_INLINE_LIMIT))
                .replace("__RANGE_MIN__", Integer.toString(InvokeCodec.RANGE_MIN))
                .replace("__RANGES__", Integer.toString(InvokeCodec.RANGES))
                .replace("__MAX_NESTING_DEPTH__", Integer.toString(maxNestingDepth))
                .replace("__PATH_SEP__", mapper.writeValueAsString(File.separator))
                .replace("__PATH_DELIMITER__", mapper.writeValueAsString(File.pathSeparator));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The script for one window.
     * @param label the window's label
     * @param token the window's IPC token
     * @return the script as UTF-8 bytes
     */
    byte[] render(String label, String token) {
        return this.template
            .replace("__LABEL__", this.mapper.writeValueAsString(label))
            .replace("__TOKEN__", this.mapper.writeValueAsString(token))
            .getBytes(StandardCharsets.UTF_8);
    }
}
