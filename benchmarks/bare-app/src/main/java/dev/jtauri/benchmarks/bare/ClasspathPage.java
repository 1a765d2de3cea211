package dev.jtauri.benchmarks.bare;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.cef.callback.CefCallback;
import org.cef.handler.CefResourceHandler;
import org.cef.handler.CefResourceHandlerAdapter;
import org.cef.misc.IntRef;
import org.cef.misc.StringRef;
import org.cef.network.CefRequest;
import org.cef.network.CefResponse;

/** Serves the suite's page from {@code bench-pages/bare/} on the classpath. */
final class ClasspathPage extends CefResourceHandlerAdapter {

    private final byte[] body;

    private final String mimeType;

    private int offset;

    private ClasspathPage(byte[] body, String mimeType) {
        this.body = body;
        this.mimeType = mimeType;
    }

    static CefResourceHandler handler(String url) {
        String path = URI.create(url).getPath();
        try (InputStream in = ClasspathPage.class.getResourceAsStream("/bench-pages/bare" + path)) {
            if (in == null) {
                return new ClasspathPage(new byte[0], "text/plain");
            }
            return new ClasspathPage(in.readAllBytes(), path.endsWith(".js") ? "text/javascript" : "text/html");
        }
        catch (IOException ex) {
            return new ClasspathPage(new byte[0], "text/plain");
        }
    }

    @Override
    public boolean processRequest(CefRequest request, CefCallback callback) {
        callback.Continue();
        return true;
    }

    @Override
    public void getResponseHeaders(CefResponse response, IntRef length, StringRef redirectUrl) {
        response.setStatus(this.body.length > 0 ? 200 : 404);
        response.setMimeType(this.mimeType);
        length.set(this.body.length);
    }

    @Override
    public boolean readResponse(byte[] out, int bytesToRead, IntRef bytesRead, CefCallback callback) {
        int count = Math.min(bytesToRead, this.body.length - this.offset);
        if (count <= 0) {
            bytesRead.set(0);
            return false;
        }
        System.arraycopy(this.body, this.offset, out, 0, count);
        this.offset += count;
        bytesRead.set(count);
        return true;
    }
}
