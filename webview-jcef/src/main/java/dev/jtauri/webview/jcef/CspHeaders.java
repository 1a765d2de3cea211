package dev.jtauri.webview.jcef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.jtauri.webview.ContentSecurityPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Content-Security-Policy} of what the app's origins serve.
 *
 * <ul>
 * <li>Every response forbids being framed by a page of another origin: {@code frame-ancestors}
 * lists the app's origins. It goes into the app's own policy when that has none, else beside it
 * as a second policy, so that both hold.</li>
 * <li>An HTML page also carries the app's policy ({@code tauri.app.security.csp}), with Tauri's
 * asset CSP modification: a nonce drawn for the page is added to {@code script-src} and
 * {@code style-src} (with {@code 'self'}, as Tauri adds it), and the page's {@code <script>} and
 * {@code <style>} tags, the bridge's included, carry it ({@link HtmlInjection}). A directive the
 * policy lacks is made from {@code default-src}, which it would otherwise fall back to, so that
 * it allows what it allowed before plus the nonce. {@code script-src-elem} and
 * {@code style-src-elem}, which the browser asks first for elements, get the nonce too when the
 * policy has them. The directives the app names in
 * {@code tauri.app.security.dangerous-disable-asset-csp-modification} are left as written, and
 * their tags get no nonce.</li>
 * </ul>
 * With no policy configured, pages carry only {@code frame-ancestors}, and no nonces, as a Tauri
 * app without a CSP.
 */
final class CspHeaders {

    private static final String NONE = "'none'";

    private static final String SELF = "'self'";

    private final @Nullable ContentSecurityPolicy policy;

    private final boolean scripts;

    private final boolean styles;

    private final String frameAncestors;

    /**
     * @param policy the app's policy, or {@code null} for none
     * @param unmodified directives left as written, among
     * {@link ContentSecurityPolicy#NONCED_DIRECTIVES}
     * @param ancestors the sources that may frame the app's pages
     */
    CspHeaders(@Nullable ContentSecurityPolicy policy, Set<String> unmodified, List<String> ancestors) {
        this.policy = policy;
        this.scripts = policy != null && !unmodified.contains("script-src");
        this.styles = policy != null && !unmodified.contains("style-src");
        this.frameAncestors = "frame-ancestors " + String.join(" ", ancestors);
    }

    /**
     * Whether a page's {@code <script>} tags get the page's nonce.
     * @return true when the app has a policy whose {@code script-src} jtauri modifies
     */
    boolean noncesScripts() {
        return this.scripts;
    }

    /**
     * Whether a page's {@code <style>} tags get the page's nonce.
     * @return true when the app has a policy whose {@code style-src} jtauri modifies
     */
    boolean noncesStyles() {
        return this.styles;
    }

    /**
     * A nonce for one page, when its tags get one.
     * @return 128 random bits, or {@code null} when no tag gets a nonce
     */
    @Nullable String newNonce() {
        return (this.scripts || this.styles) ? SingleUseTokens.randomHex() : null;
    }

    /**
     * The header of an HTML page.
     * @param nonce the page's nonce, from {@link #newNonce()}
     * @return the app's policy with the nonce, and the framing rule
     */
    String forPage(@Nullable String nonce) {
        if (this.policy == null) {
            return this.frameAncestors;
        }
        ContentSecurityPolicy page = this.policy;
        if (nonce != null && this.scripts) {
            page = withNonce(page, "script-src", nonce);
        }
        if (nonce != null && this.styles) {
            page = withNonce(page, "style-src", nonce);
        }
        // A second policy holds beside the app's own frame-ancestors: the browser enforces both.
        return page + (page.has("frame-ancestors") ? ", " : "; ") + this.frameAncestors;
    }

    /**
     * The header of any other response.
     * @return the framing rule
     */
    String forResource() {
        return this.frameAncestors;
    }

    private static ContentSecurityPolicy withNonce(ContentSecurityPolicy policy, String directive, String nonce) {
        List<String> given = policy.sources(directive);
        List<String> sources = sourcesWithout(NONE, (given != null) ? given : policy.sources("default-src"));
        if (!sources.contains(SELF)) {
            sources.add(SELF);
        }
        sources.add("'nonce-" + nonce + "'");
        ContentSecurityPolicy changed = policy.with(directive, sources);
        List<String> elements = policy.sources(directive + "-elem");
        if (elements != null) {
            List<String> elementSources = sourcesWithout(NONE, elements);
            elementSources.add("'nonce-" + nonce + "'");
            changed = changed.with(directive + "-elem", elementSources);
        }
        return changed;
    }

    // 'none' stands only alone: beside a nonce the browser would ignore it, with a warning.
    private static List<String> sourcesWithout(String dropped, @Nullable List<String> sources) {
        List<String> kept = new ArrayList<>();
        if (sources != null) {
            sources.stream().filter((source) -> !source.equalsIgnoreCase(dropped)).forEach(kept::add);
        }
        return kept;
    }
}
