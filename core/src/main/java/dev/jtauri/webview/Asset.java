package dev.jtauri.webview;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file of the frontend, as the window's asset protocol serves it.
 */
public interface Asset {

    /**
     * The MIME type, such as {@code text/html} or {@code application/javascript}.
     * @return the type
     */
    String mimeType();

    /**
     * The content.
     * @return a new stream the caller closes
     * @throws IOException when it cannot be read
     */
    InputStream open() throws IOException;
}
