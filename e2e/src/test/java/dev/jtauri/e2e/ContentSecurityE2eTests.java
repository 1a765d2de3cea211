package dev.jtauri.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An app page under a strict Content Security Policy ({@code tauri.app.security.csp}), given as a
 * string and directive by directive: the bridge runs and every way Java reaches the page works
 * (answers, batched answers, events, channel messages, fetched bytes, the hidden cursor) without
 * {@code 'unsafe-inline'} or {@code 'unsafe-eval'}; the page's own inline script and style, given
 * jtauri's nonce, run and apply; a script written while parsing, an inline handler and a style
 * added later, none with the nonce, are refused; a script element the page's module adds is
 * refused under {@code script-src 'self'} and trusted under {@code 'strict-dynamic'}, as the
 * standard says (e2e/frontend/src/csp.js).
 */
class ContentSecurityE2eTests extends WindowedTests {

    private static final List<String> CHECKS = List.of("csp-bridge", "csp-batched", "csp-event", "csp-channel",
            "csp-raw-fetch", "csp-inline-script", "csp-inline-style", "csp-written-script-refused",
            "csp-added-handler-refused", "csp-added-script", "csp-injected-style-refused", "csp-eval-refused",
            "csp-cursor-hidden", "csp-violations");

    @Test
    void aPageUnderScriptSrcSelfGetsTheBridgeAndItsOwnTagsWhileAddedOnesAreRefused(@TempDir Path dataDir)
            throws Exception {
        assertPagePasses("csp-self", dataDir, "refused", "--tauri.app.security.csp=default-src 'self'; script-src 'self'");
    }

    @Test
    void aPageUnderANonceOnlyPolicyGivenDirectiveByDirectiveDoesToo(@TempDir Path dataDir) throws Exception {
        // 'strict-dynamic' makes the browser ignore 'self' and hosts: only tags with the nonce run,
        // and the scripts they add.
        assertPagePasses("csp-nonce-only", dataDir, "ran", "--tauri.app.security.csp.default-src='self'",
                "--tauri.app.security.csp.script-src='strict-dynamic'");
    }

    private void assertPagePasses(String name, Path dataDir, String addedScript, String... policy) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--tauri.app.windows[0].url=csp.html",
                "--tauri.app.security.capabilities[0].windows=main",
                "--tauri.app.security.capabilities[0].permissions=core:default,core:window:allow-set-cursor-visible"));
        arguments.addAll(List.of(policy));
        try (AppProcess app = AppProcess.launch(name, E2eApplication.class, xvfb, dataDir,
                arguments.toArray(String[]::new))) {
            JsonNode done = app.awaitReport("done", Duration.ofSeconds(120));
            app.assertChecksPassed(CHECKS);
            assertThat(done.get("failed").intValue()).isZero();
            List<JsonNode> checks = app.reports("check");
            assertThat(checks.get(CHECKS.indexOf("csp-added-script")).get("detail").stringValue())
                .as("a script the page's module adds").isEqualTo(addedScript);
            assertThat(checks.get(CHECKS.indexOf("csp-violations")).get("detail").stringValue())
                .as("what the policy refused").contains("script-src-elem", "script-src-attr", "style-src-elem");
            app.assertExitsWith(42, "the code AppHandle.exit was given");
            app.assertNoSurvivors();
        }
    }
}
