package dev.jtauri.webview.jcef;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.cef.callback.CefCallback;
import org.cef.misc.IntRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncResourceHandlerTests {

    @Test
    void aRangeIsReadFromItsFirstByteToItsLastInChunksOfWhatCefAsks() {
        byte[] array = new byte[1000];
        for (int i = 0; i < array.length; i++) {
            array[i] = (byte) (i * 7);
        }
        byte[] read = readAll(AsyncResourceHandler.of(ResourceResponse.range("application/octet-stream", array, 300, 761)),
                64);
        byte[] expected = Arrays.copyOfRange(array, 300, 761);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void aWholeBodyIsReadAsBefore() {
        byte[] body = "hello, range".getBytes(StandardCharsets.UTF_8);
        ResourceResponse response = ResourceResponse.ok("text/plain", body);
        assertThat(response.length()).isEqualTo(body.length);
        assertThat(readAll(AsyncResourceHandler.of(response), 5)).isEqualTo(body);
    }

    private static byte[] readAll(AsyncResourceHandler handler, int chunk) {
        AtomicInteger continued = new AtomicInteger();
        assertThat(handler.processRequest(null, callback(continued))).isTrue();
        assertThat(continued).hasValue(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        IntRef count = new IntRef(0);
        while (handler.readResponse(buffer, chunk, count, callback(continued))) {
            assertThat(count.get()).isBetween(1, chunk);
            out.write(buffer, 0, count.get());
        }
        assertThat(count.get()).isZero();
        return out.toByteArray();
    }

    private static CefCallback callback(AtomicInteger continued) {
        return new CefCallback() {
            @Override
            public void Continue() {
                continued.incrementAndGet();
            }

            @Override
            public void cancel() {
            }
        };
    }
}
