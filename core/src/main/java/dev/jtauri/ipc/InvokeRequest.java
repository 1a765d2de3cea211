package dev.jtauri.ipc;

import java.util.Objects;

import dev.jtauri.Headers;
import dev.jtauri.webview.PageConnection;

/**
 * One {@code invoke(command, args, {headers})} call from a page.
 *
 * @param command the command's name, such as {@code greet} or {@code plugin:event|emit}
 * @param body the arguments object, the whole body, or raw bytes
 * @param headers the request's headers
 * @param page the page that called
 */
public record InvokeRequest(String command, InvokeBody body, Headers headers, PageConnection page) {

    public InvokeRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(page, "page");
    }
}
