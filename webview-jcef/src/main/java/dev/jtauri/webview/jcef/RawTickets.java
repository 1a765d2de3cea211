package dev.jtauri.webview.jcef;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Large raw results waiting to be fetched. A cefQuery answer is a string, and base64 through a
 * string is slower than a fetch above {@value InvokeCodec#RAW_INLINE_LIMIT} bytes, so the answer
 * carries a ticket and the page fetches {@code /__jtauri/response/<ticket>}. A ticket is
 * single-use and expires after a minute if nobody fetches it.
 */
final class RawTickets {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    /**
     * Keep bytes for one fetch.
     * @param bytes the bytes
     * @return the ticket
     */
    String put(byte[] bytes) {
        long now = System.nanoTime();
        this.tickets.values().removeIf((ticket) -> now - ticket.createdAt > LIFETIME.toNanos());
        byte[] id = new byte[16];
        this.random.nextBytes(id);
        String ticket = HexFormat.of().formatHex(id);
        this.tickets.put(ticket, new Ticket(bytes, now));
        return ticket;
    }

    /**
     * Take the bytes of a ticket.
     * @param ticket the ticket
     * @return the bytes, or {@code null} when unknown, expired or already taken
     */
    byte[] take(String ticket) {
        long now = System.nanoTime();
        this.tickets.values().removeIf((waiting) -> now - waiting.createdAt > LIFETIME.toNanos());
        Ticket taken = this.tickets.remove(ticket);
        return (taken != null && System.nanoTime() - taken.createdAt <= LIFETIME.toNanos()) ? taken.bytes : null;
    }

    private record Ticket(byte[] bytes, long createdAt) {
    }
}
