package dev.jtauri;

/**
 * A stream of messages from a command to the page: Tauri's {@code Channel<T>}.
 *
 * <p>The page creates it ({@code new Channel()} from {@code @tauri-apps/api/core}) and passes
 * it as an argument; the command declares a {@code Channel<T>} parameter of that name.
 * Messages arrive at the page in the order they were sent. A {@code byte[]} message arrives as
 * an {@code ArrayBuffer}; anything else as JSON.
 *
 * <pre>{@code
 * @TauriCommand
 * void download(String url, Channel<Progress> onProgress) {
 *     try (onProgress) {
 *         ... onProgress.send(new Progress(read, total)); ...
 *     }
 * }
 * }</pre>
 *
 * <p>A channel may outlive the command (a background task may keep it). {@link #close()}
 * tells the page no more messages will come; sending after it fails. Thread-safe.
 *
 * @param <T> the message type
 */
public interface Channel<T> extends AutoCloseable {

    /**
     * The channel's id, as the page created it.
     * @return the id
     */
    long id();

    /**
     * Send a message to the page.
     * @param message the message
     * @throws IllegalStateException after {@link #close()}, or once the page's window has
     * closed (so a command streaming to a closed window learns it and can stop)
     */
    void send(T message);

    /**
     * Tell the page the channel has ended. Further calls do nothing.
     */
    @Override
    void close();
}
