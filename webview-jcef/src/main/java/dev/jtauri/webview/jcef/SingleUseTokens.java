package dev.jtauri.webview.jcef;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Values kept under random, single-use tokens that expire after a minute: the one-time nonces
 * that prove a document asking for the bridge was served by jtauri. (Large bytes for the page
 * wait under {@link ByteTickets}, which serve ranges.)
 *
 * @param <V> the kept value
 */
final class SingleUseTokens<V> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final long LIFETIME_NANOS = Duration.ofMinutes(1).toNanos();

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * 128 random bits as hex: a token no page can guess.
     * @return the token
     */
    static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Keep a value under a new token.
     * @param value the value
     * @return the token
     */
    String issue(V value) {
        // Expired tokens go here; redeem refuses them on its own.
        purgeExpired();
        String token = randomHex();
        this.entries.put(token, new Entry<>(value, System.nanoTime()));
        return token;
    }

    /**
     * Take the value of a token, once.
     * @param token the token
     * @return the value, or {@code null} when the token is unknown, used or expired
     */
    @Nullable V redeem(@Nullable String token) {
        Entry<V> entry = (token != null) ? this.entries.remove(token) : null;
        return (entry != null && !entry.expired(System.nanoTime())) ? entry.value : null;
    }

    private void purgeExpired() {
        long now = System.nanoTime();
        this.entries.values().removeIf((entry) -> entry.expired(now));
    }

    private record Entry<V>(V value, long issuedAt) {

        boolean expired(long now) {
            return now - this.issuedAt > LIFETIME_NANOS;
        }
    }
}
