package dev.jtauri.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.jtauri.EventTarget;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.test.ReceivedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window's events on their way to pages and Java handlers, and how a close request is decided:
 * a page that listens holds it (the page closes the window itself, as {@code onCloseRequested}
 * does), a Java handler may prevent it, and otherwise the window may close.
 */
class WindowEventsTests {

    private final RuntimeFixture fixture = RuntimeFixture.start();

    private final WindowEvents events = new WindowEvents("settings", this.fixture.runtime.events());

    @AfterEach
    void close() {
        this.fixture.close();
    }

    @Test
    void anEventShouldReachThePagesListeningToTheWindowAndItsHandlersInOrder() throws Exception {
        ReceivedEvents resized = this.fixture.client.listen(WindowEvent.RESIZED, EventTarget.window("settings"));
        List<WindowEvent> handled = new CopyOnWriteArrayList<>();
        this.events.add(handled::add);

        this.events.fire(new WindowEvent.Resized(new PhysicalSize(300, 200)));
        this.events.fire(new WindowEvent.Focused(true));

        assertThat(resized.next().payload()).isEqualTo("{\"width\":300,\"height\":200}");
        this.fixture.awaitDeliveries();
        assertThat(handled).containsExactly(new WindowEvent.Resized(new PhysicalSize(300, 200)),
                new WindowEvent.Focused(true));
    }

    @Test
    void anEventShouldReachListenersOfTheWebviewWindowButNotOfItsWebviewAsTauris() throws Exception {
        ReceivedEvents asWebviewWindow = this.fixture.client.listen(WindowEvent.MOVED,
                EventTarget.webviewWindow("settings"));
        ReceivedEvents asWebview = this.fixture.client.listen(WindowEvent.MOVED, EventTarget.webview("settings"));
        ReceivedEvents asOtherWindow = this.fixture.client.listen(WindowEvent.MOVED, EventTarget.window("main"));

        this.events.fire(new WindowEvent.Moved(new PhysicalPosition(4, 5)));

        assertThat(asWebviewWindow.next().payload()).isEqualTo("{\"x\":4,\"y\":5}");
        this.fixture.awaitDeliveries();
        assertThat(asWebview.all()).isEmpty();
        assertThat(asOtherWindow.all()).isEmpty();
    }

    @Test
    void aCloseRequestShouldBeHeldByAPageListeningAsTheWebviewWindow() throws Exception {
        this.fixture.client.listen(WindowEvent.CLOSE_REQUESTED, EventTarget.webviewWindow("settings"));

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aFileDropShouldReachTheWebviewsListenersWithTauriPayloads() throws Exception {
        ReceivedEvents drops = this.fixture.client.listen(WindowEvent.DRAG_DROP, EventTarget.webview("settings"));
        ReceivedEvents overs = this.fixture.client.listen(WindowEvent.DRAG_OVER, EventTarget.window("settings"));
        ReceivedEvents leaves = this.fixture.client.listen(WindowEvent.DRAG_LEAVE, EventTarget.webviewWindow("settings"));

        this.events.fire(new WindowEvent.DragOver(new PhysicalPosition(10, 20)));
        this.events.fire(new WindowEvent.DragDrop(List.of(Path.of("/tmp/a b.txt")),
                new PhysicalPosition(30, 40)));
        this.events.fire(new WindowEvent.DragLeave());

        assertThat(overs.next().payload()).isEqualTo("{\"position\":{\"x\":10,\"y\":20}}");
        assertThat(drops.next().payload()).isEqualTo("{\"paths\":[\"/tmp/a b.txt\"],\"position\":{\"x\":30,\"y\":40}}");
        assertThat(leaves.next().payload()).isEqualTo("null");
    }

    @Test
    void aCloseRequestNobodyHoldsShouldLetTheWindowClose() throws Exception {
        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCloseRequestShouldBeHeldByAPageThatListensToIt() throws Exception {
        ReceivedEvents requests = this.fixture.client.listen(WindowEvent.CLOSE_REQUESTED, EventTarget.window("settings"));

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(requests.next().payload()).isEqualTo("null");
    }

    @Test
    void aCloseRequestShouldBeHeldByAJavaHandlerThatPreventsIt() throws Exception {
        this.events.add((event) -> {
            if (event instanceof WindowEvent.CloseRequested request) {
                request.preventClose();
            }
        });

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aFailingHandlerShouldNeitherStopTheOthersNorTheDecision() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        this.events.add((event) -> {
            throw new IllegalStateException("broken handler");
        });
        this.events.add((event) -> seen.add(event.eventName()));

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(WindowEvent.CLOSE_REQUESTED);
    }

    @Test
    void aPageListeningAsAnyTargetShouldHearTheRequestButNotHoldTheCloseAsTauris() throws Exception {
        // listen('tauri://close-requested', log) with the default target, as a page logs events.
        ReceivedEvents requests = this.fixture.client.listen(WindowEvent.CLOSE_REQUESTED, EventTarget.any());

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(requests.next().payload()).isEqualTo("null");
    }

    @Test
    void aPageListeningToAnotherWindowShouldNotHoldTheClose() throws Exception {
        this.fixture.client.listen(WindowEvent.CLOSE_REQUESTED, EventTarget.window("main"));

        assertThat(this.events.requestClose().get(5, TimeUnit.SECONDS)).isTrue();
    }
}
