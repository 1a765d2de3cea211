package dev.jtauri.ipc;

/**
 * A request body larger than {@code tauri.ipc.max-payload-size}. The pipeline throws it before
 * parsing a body; a transport that knows a body's size before reading it (a fetched upload)
 * throws {@link dev.jtauri.runtime.Invoker#payloadTooLarge} from its decoder instead of reading,
 * and the page gets the same answer.
 */
public class PayloadTooLargeException extends RequestRejectedException {

    /**
     * Create the exception.
     * @param command the command that was invoked
     * @param limit the limit in bytes
     */
    public PayloadTooLargeException(String command, long limit) {
        super(InvokeError.Kind.PAYLOAD_TOO_LARGE, "command '" + command + "': the body is larger than the limit of "
                + limit + " bytes (tauri.ipc.max-payload-size)");
    }
}
