package dev.jtauri.webview.jcef;

import java.util.ArrayList;
import java.util.List;

import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.RequestRejectedException;

/**
 * Invokes a page started together, sent in one {@code cefQuery}, and their answers, sent back
 * one by one as messages of the window's {@link PageOutbox}.
 *
 * <p>A page that starts many invokes in one task (say {@code Promise.all} over a list) would
 * otherwise pay an IPC message each way per call, which CEF hands over one at a time; one query
 * carries them all, and their answers share the outbox's scripts.
 *
 * <p>A batch is the group separator U+001D, the sending frame's key, then for each call U+001D,
 * the call's id, the unit separator U+001F and the call's request in {@link InvokeCodec}'s
 * format. Neither separator appears in a request: its JSON and base64 have no raw control
 * characters, and the bridge sends a command whose name has one on its own. An answer is
 * {@code ["a",frame,id,kind,value]}: kind {@code j} with the JSON, {@code b} with base64 bytes,
 * {@code t} with a ticket, or {@code e} with the rejection's JSON.
 *
 * @param frame the key of the frame that sent the batch: every app frame sees the answers, and
 * only the sender takes them
 * @param calls the calls, in the page's order
 */
record InvokeBatch(long frame, List<Call> calls) {

    private static final char GROUP = '\u001d';

    private static final char UNIT = '\u001f';

    /**
     * One call of a batch.
     * @param id the page's id for it, which its answer carries
     * @param request the request in {@link InvokeCodec}'s format, not yet decoded
     */
    record Call(long id, String request) {
    }

    /**
     * Whether a query is a batch: a single request starts with the page's token, never with a
     * control character.
     * @param query the query
     * @return true for a batch
     */
    static boolean isBatch(String query) {
        return !query.isEmpty() && query.charAt(0) == GROUP;
    }

    /**
     * Split a batch into its calls, without decoding them.
     * @param query the query, starting with U+001D
     * @return the batch
     * @throws RequestRejectedException (malformed request) when a frame key or call id is missing
     * or not a number
     */
    static InvokeBatch parse(String query) {
        int end = next(query, 1);
        long frame = number(query, 1, end, "the batch's frame key");
        List<Call> calls = new ArrayList<>();
        while (end < query.length()) {
            int start = end + 1;
            end = next(query, start);
            int unit = query.indexOf(UNIT, start);
            if (unit < 0 || unit > end) {
                throw malformed("a call of the batch has no id");
            }
            calls.add(new Call(number(query, start, unit, "a call's id"), query.substring(unit + 1, end)));
        }
        return new InvokeBatch(frame, calls);
    }

    /**
     * The answer to one call, for the page's receiver.
     * @param id the call's id
     * @param body the result, or the rejection (kind {@code e})
     * @return the message
     */
    String answer(long id, InvokeCodec.Encoded body) {
        StringBuilder message = new StringBuilder(body.payload().length() + 48).append("[\"a\",").append(this.frame)
            .append(',').append(id).append(',');
        return body.appendTo(message).append(']').toString();
    }

    private static int next(String query, int from) {
        int at = query.indexOf(GROUP, from);
        return (at < 0) ? query.length() : at;
    }

    private static long number(String query, int from, int to, String what) {
        if (to - from < 1 || to - from > 18) {
            throw malformed(what + " is not a number");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = query.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(what + " is not a number");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static RequestRejectedException malformed(String problem) {
        return new RequestRejectedException(InvokeError.Kind.MALFORMED_REQUEST, "invoke refused: " + problem);
    }
}
