package dev.jtauri.webview.jcef;

import java.util.concurrent.CompletableFuture;

import dev.jtauri.webview.WindowOptions;
import org.cef.browser.CefBrowser;
import org.cef.browser.CefFrame;
import org.cef.callback.CefQueryCallback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which queries the router takes: from a live browser and a frame that may use IPC only. A query
 * from a browser that is closing, a ping or an acknowledgement included, is left to CEF to fail,
 * never answered from inside {@code onQuery}: CEF would keep it, then cancel it as it destroys the
 * browser.
 */
class QueryRouterTests {

    private final CefBrowser browser = CefFakes.browser();

    private final BrowserFrame frame = CefFakes.liveFrame(this.browser, WindowOptions.builder("main", "index.html").build());

    private final CefFrame appFrame = CefFakes.frame("tauri://localhost/index.html", null);

    private final Recording callback = new Recording();

    private final QueryRouter router = new QueryRouter((asked) -> (asked == this.browser) ? new Page(this.frame) : null,
            new AppOrigins(null));

    @Test
    void aPingFromALiveAppPageIsAnsweredAtOnce() {
        assertThat(this.router.onQuery(this.browser, this.appFrame, 1, QueryRouter.PING, false, this.callback)).isTrue();
        assertThat(this.callback.answer).isCompletedWithValue("success:pong");
    }

    @Test
    void queriesOfABrowserThatIsClosingAreLeftToCefToFail() {
        this.frame.close();

        for (String request : new String[] { QueryRouter.PING, "jtauri:ack:3", "jtauri:cancel:1:2", "anything" }) {
            assertThat(this.router.onQuery(this.browser, this.appFrame, 1, request, false, this.callback))
                .as("%s taken", request).isFalse();
        }
        assertThat(this.callback.answer).isNotDone();
    }

    @Test
    void aQueryFromAnAppPageInAFrameOfAnotherOriginIsRefused() {
        CefFrame framed = CefFakes.frame("tauri://localhost/index.html", CefFakes.frame("https://evil.example/", null));

        assertThat(this.router.onQuery(this.browser, framed, 1, QueryRouter.PING, false, this.callback)).isTrue();
        assertThat(this.callback.answer).isCompletedWithValue("failure:403:\"IPC is not available to this page\"");
    }

    @Test
    void aQueryOfABrowserCefIsDestroyingOrDoesNotKnowIsLeftToCefToFail() {
        assertThat(this.router.onQuery(null, null, 1, QueryRouter.PING, false, this.callback)).isFalse();
        assertThat(this.router.onQuery(CefFakes.browser(), this.appFrame, 1, QueryRouter.PING, false, this.callback))
            .isFalse();
        assertThat(this.callback.answer).isNotDone();
    }

    /** A window of the app, with nothing behind its queries. */
    private record Page(BrowserFrame frame) implements HostedPage {

        @Override
        public String label() {
            return "main";
        }

        @Override
        public String token() {
            return "token";
        }

        @Override
        public CompletableFuture<JcefWindow> appWindow() {
            return new CompletableFuture<>();
        }

        @Override
        public boolean query(long queryId, String request, CefQueryCallback callback) {
            callback.success("taken");
            return true;
        }

        @Override
        public void cancelQuery(long queryId) {
        }

        @Override
        public void cancelCall(long frame, long id) {
        }
    }

    private static final class Recording implements CefQueryCallback {

        final CompletableFuture<String> answer = new CompletableFuture<>();

        @Override
        public void success(String response) {
            this.answer.complete("success:" + response);
        }

        @Override
        public void failure(int code, String message) {
            this.answer.complete("failure:" + code + ":" + message);
        }
    }
}
