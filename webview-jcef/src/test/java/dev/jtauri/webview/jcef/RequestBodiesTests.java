package dev.jtauri.webview.jcef;

import java.util.List;

import org.cef.network.FakePostData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodiesTests {

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        FakePostData.Element first = new FakePostData.Element(new byte[] { 1, 2 });
        FakePostData.Element second = new FakePostData.Element(new byte[] { 3 });
        RequestBodies.Body body = RequestBodies.read(new FakePostData(List.of(first, second)), 3);
        assertThat(body).isInstanceOfSatisfying(RequestBodies.Bytes.class,
                (bytes) -> assertThat(bytes.data()).containsExactly(1, 2, 3));
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        FakePostData.Element element = new FakePostData.Element(new byte[] { 1, 2, 3, 4 });
        RequestBodies.Body body = RequestBodies.read(new FakePostData(List.of(element)), 3);
        assertThat(body).isEqualTo(new RequestBodies.TooLarge(4));
        assertThat(element.bytesRead()).isZero();
    }

    @Test
    void sizesThatOverflowAnIntAreAddedUpAndRefusedUnread() {
        // Three elements declaring 1 GiB each: their int sum would be negative.
        List<FakePostData.Element> elements = List.of(new FakePostData.Element(new byte[0], 1 << 30),
                new FakePostData.Element(new byte[0], 1 << 30), new FakePostData.Element(new byte[0], 1 << 30));
        RequestBodies.Body body = RequestBodies.read(new FakePostData(elements), Long.MAX_VALUE);
        assertThat(body).isEqualTo(new RequestBodies.TooLarge(3L << 30));
        assertThat(elements).allSatisfy((element) -> assertThat(element.bytesRead()).isZero());
    }

    @Test
    void noPostDataIsAnEmptyBody() {
        assertThat(RequestBodies.read(null, 0)).isInstanceOfSatisfying(RequestBodies.Bytes.class,
                (bytes) -> assertThat(bytes.data()).isEmpty());
    }
}
