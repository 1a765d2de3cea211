package dev.jtauri.webview.jcef;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Proof that a request comes from a document jtauri served itself. Every HTML page of the app
 * asks for the bridge with a nonce issued as the page was served; the bridge is served for an
 * unused nonce only. Other origins never see a nonce, and neither the frame's URL nor the
 * referrer can be relied on while a window's first document loads.
 */
final class OneTimeNonces {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    private final Map<String, Long> issued = new ConcurrentHashMap<>();

    String issue() {
        long now = System.nanoTime();
        this.issued.values().removeIf((at) -> now - at > LIFETIME.toNanos());
        byte[] nonce = new byte[16];
        this.random.nextBytes(nonce);
        String value = HexFormat.of().formatHex(nonce);
        this.issued.put(value, now);
        return value;
    }

    boolean redeem(@Nullable String nonce) {
        Long at = (nonce != null) ? this.issued.remove(nonce) : null;
        return at != null && System.nanoTime() - at <= LIFETIME.toNanos();
    }
}
