package dev.jtauri.webview.jcef;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppLoadsTests {

    private final AppOrigins origins = new AppOrigins(URI.create("http://localhost:5173/"));

    private final AppLoads loads = new AppLoads();

    @Test
    void nothingTheAppDidNotLoadIsTheApps() {
        assertThat(this.loads.admits("https://example.com/", false, this.origins)).isFalse();
    }

    @Test
    void theAppsOwnLoadIsAdmittedAndItsPageMayGoOnWithinThatSite() {
        this.loads.expect("https://example.com/docs");
        assertThat(this.loads.admits("https://example.com/docs", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://EXAMPLE.com:443/other?q=1", false, this.origins)).as("the same site")
            .isTrue();
        assertThat(this.loads.admits("https://evil.example/", false, this.origins)).as("another site").isFalse();
        assertThat(this.loads.admits("http://example.com/", false, this.origins)).as("another scheme").isFalse();
    }

    @Test
    void theRedirectsOfTheAppsLoadAreTheAppsAndMoveItsSite() {
        this.loads.expect("https://example.com/");
        assertThat(this.loads.admits("https://example.com/", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://www.example.com/", true, this.origins)).isTrue();
        assertThat(this.loads.admits("https://www.example.com/about", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://example.com/", false, this.origins)).as("the site it left").isFalse();
    }

    @Test
    void theRedirectsOfThePagesOwnNavigationAreNot() {
        this.loads.expect("https://example.com/");
        this.loads.admits("https://example.com/", false, this.origins);
        assertThat(this.loads.admits("https://example.com/out?to=evil", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://evil.example/", true, this.origins)).as("an open redirect of the site")
            .isFalse();
    }

    @Test
    void anExpectedLoadIsTakenOnceByTheFirstNavigationThere() {
        this.loads.expect("tauri://localhost/index.html");
        assertThat(this.loads.admits("tauri://localhost/index.html", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://example.com/", true, this.origins))
            .as("a redirect of the app's load, to another site").isTrue();
        assertThat(this.loads.admits("https://example.com/x", false, this.origins)).isTrue();
        this.loads.expect("tauri://localhost/index.html");
        assertThat(this.loads.admits("tauri://localhost/index.html", false, this.origins)).isTrue();
        assertThat(this.loads.admits("https://example.com/x", false, this.origins))
            .as("back in the app, the site is no longer the window's").isFalse();
    }

    @Test
    void aUrlWithoutAHostIsExpectedByItsSchemeAndIsNoSite() {
        this.loads.expect("data:text/html;base64,PHA+");
        assertThat(this.loads.admits("data:text/html;base64,PHA+", false, this.origins)).isTrue();
        assertThat(this.loads.admits("data:text/html,<p>another", false, this.origins)).isFalse();
    }
}
