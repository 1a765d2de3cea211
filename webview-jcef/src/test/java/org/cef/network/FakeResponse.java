package org.cef.network;

import java.util.Map;
import java.util.TreeMap;

import org.cef.handler.CefLoadHandler.ErrorCode;

/**
 * A response as a scheme handler fills it in for CEF, without CEF: it keeps what it is given. In
 * JCEF's package because its constructor is package-private.
 */
public final class FakeResponse extends CefResponse {

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private int status;

    private String mimeType;

    @Override
    public void dispose() {
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public ErrorCode getError() {
        return null;
    }

    @Override
    public void setError(ErrorCode error) {
    }

    @Override
    public int getStatus() {
        return this.status;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public String getStatusText() {
        return null;
    }

    @Override
    public void setStatusText(String statusText) {
    }

    @Override
    public String getMimeType() {
        return this.mimeType;
    }

    @Override
    public void setMimeType(String mimeType) {
        this.mimeType = mimeType;
    }

    @Override
    public String getHeaderByName(String name) {
        return this.headers.get(name);
    }

    @Override
    public void setHeaderByName(String name, String value, boolean overwrite) {
        if (overwrite || !this.headers.containsKey(name)) {
            this.headers.put(name, value);
        }
    }

    @Override
    public void getHeaderMap(Map<String, String> headers) {
        headers.putAll(this.headers);
    }

    @Override
    public void setHeaderMap(Map<String, String> headers) {
        this.headers.clear();
        this.headers.putAll(headers);
    }
}
