package dev.jtauri.webview.jcef;

import java.util.Vector;

import org.cef.network.CefPostData;
import org.cef.network.CefPostDataElement;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a request as CEF holds it, on the CEF thread that has the request, but only
 * once its declared size is known to be within a limit: a body over the limit is answered unread,
 * so a page cannot make the app copy gigabytes just to be refused.
 */
final class RequestBodies {

    /** The largest array the JVM allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private RequestBodies() {
    }

    /** What a request's body turned out to be. */
    sealed interface Body {
    }

    /** A body within the limit, read. */
    record Bytes(byte[] data) implements Body {
    }

    /** A body over the limit, not read. */
    record TooLarge(long declaredSize) implements Body {
    }

    /**
     * Read a body.
     * @param postData the request's post data, or {@code null} when it has none
     * @param limit the largest body accepted, in bytes
     * @return the bytes, or how large the refused body said it was
     */
    static Body read(@Nullable CefPostData postData, long limit) {
        if (postData == null) {
            return new Bytes(new byte[0]);
        }
        Vector<CefPostDataElement> elements = new Vector<>();
        postData.getElements(elements);
        long declared = 0;
        for (CefPostDataElement element : elements) {
            declared += element.getBytesCount();
        }
        if (declared > limit || declared > MAX_ARRAY) {
            return new TooLarge(declared);
        }
        byte[] body = new byte[(int) declared];
        if (elements.size() == 1) {
            // The usual case, a single blob: read it straight into the body.
            elements.get(0).getBytes(body.length, body);
            return new Bytes(body);
        }
        int offset = 0;
        for (CefPostDataElement element : elements) {
            byte[] chunk = new byte[element.getBytesCount()];
            element.getBytes(chunk.length, chunk);
            System.arraycopy(chunk, 0, body, offset, chunk.length);
            offset += chunk.length;
        }
        return new Bytes(body);
    }
}
