package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jtauri.webview.ContentSecurityPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AppRequestsTests {

    private static final String PAGE = "<!doctype html><html><head><script type=module src=app.js></script>"
            + "<style>p{}</style></head><body></body></html>";

    @Test
    void anHtmlPageCarriesThePolicyWithTheNonceItsTagsCarry() {
        ResourceResponse served = requests("default-src 'self'").served(html(200));
        String body = new String(served.body(), StandardCharsets.UTF_8);
        Matcher nonce = Pattern.compile("<script nonce=\"([0-9a-f]{32})\" src=\"/__jtauri/bridge.js\\?n=[0-9a-f]{32}\">")
            .matcher(body);
        assertThat(nonce.find()).as(body).isTrue();
        assertThat(body).contains("<script nonce=\"" + nonce.group(1) + "\" type=module src=app.js>",
                "<style nonce=\"" + nonce.group(1) + "\">");
        assertThat(served.headers()).containsEntry("Cache-Control", "no-store")
            .containsEntry("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce.group(1)
                    + "'; style-src 'self' 'nonce-" + nonce.group(1) + "'; frame-ancestors 'self'");
    }

    @Test
    void eachPageGetsANonceOfItsOwn() {
        AppRequests requests = requests("default-src 'self'");
        assertThat(requests.served(html(200)).headers().get("Content-Security-Policy"))
            .isNotEqualTo(requests.served(html(200)).headers().get("Content-Security-Policy"));
    }

    @Test
    void withoutAPolicyAPageGetsTheBridgeWithoutNoncesAndOnlyTheFramingRule() {
        ResourceResponse served = requests(null).served(html(200));
        assertThat(new String(served.body(), StandardCharsets.UTF_8))
            .contains("<head><script src=\"/__jtauri/bridge.js?n=").doesNotContain("nonce");
        assertThat(served.headers()).containsEntry("Content-Security-Policy", "frame-ancestors 'self'");
    }

    @Test
    void otherResponsesAreServedAsTheyAreWithTheFramingRule() {
        ResourceResponse script = ResourceResponse.ok("text/javascript", "go()".getBytes(StandardCharsets.UTF_8));
        for (ResourceResponse response : new ResourceResponse[] { script, html(404) }) {
            ResourceResponse served = requests("default-src 'self'").served(response);
            assertThat(served.body()).isSameAs(response.body());
            assertThat(served.headers()).containsOnlyKeys("Content-Security-Policy")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'self'");
        }
    }

    private static ResourceResponse html(int status) {
        return new ResourceResponse(status, "text/html", java.util.Map.of(), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static AppRequests requests(@Nullable String policy) {
        AppOrigins origins = new AppOrigins(null);
        return new AppRequests((browser) -> null, origins, (path) -> null, null, new BridgeScript(JsonMapper.shared(), 500),
                new CspHeaders((policy != null) ? ContentSecurityPolicy.parse(policy) : null, Set.of(),
                        origins.frameAncestors()),
                1024, Runnable::run);
    }
}
