package dev.jtauri.webview;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How the app's pages are protected: the Content Security Policy they are served with, and where
 * they may take their window.
 *
 * @param csp the policy of the app's HTML pages ({@code tauri.app.security.csp}, or
 * {@code dev-csp} with a dev server), or {@code null} for none: then pages carry only the rule that
 * keeps pages of other origins from framing them
 * @param unmodifiedCsp the directives among {@code script-src} and {@code style-src} that jtauri
 * leaves as the policy writes them, giving their tags no nonce
 * ({@code tauri.app.security.dangerous-disable-asset-csp-modification})
 * @param navigation what a window does when its page is about to leave the app's origins
 * ({@code tauri.app.security.navigation})
 */
public record PageSecurity(@Nullable ContentSecurityPolicy csp, Set<String> unmodifiedCsp,
        NavigationPolicy navigation) {

    /**
     * No policy: pages may be framed only by the app's own; a page that would leave the app opens
     * its URL in the system's browser instead.
     */
    public static final PageSecurity DEFAULT = new PageSecurity(null, Set.of(), NavigationPolicy.OPEN_EXTERNAL);

    public PageSecurity {
        Objects.requireNonNull(unmodifiedCsp, "unmodifiedCsp");
        Objects.requireNonNull(navigation, "navigation");
        unmodifiedCsp = Set.copyOf(unmodifiedCsp);
        for (String directive : unmodifiedCsp) {
            if (!ContentSecurityPolicy.NONCED_DIRECTIVES.contains(directive)) {
                throw new IllegalArgumentException("'" + directive + "' is not a directive jtauri modifies; it adds "
                        + "nonces to script-src and style-src only");
            }
        }
    }
}
