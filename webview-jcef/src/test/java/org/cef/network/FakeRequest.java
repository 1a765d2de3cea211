package org.cef.network;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request as CEF hands it to a scheme handler, without CEF: a URL, a method, headers (matched
 * without regard to case, as CEF's are) and post data. In JCEF's package because its constructor
 * is package-private.
 */
public final class FakeRequest extends CefRequest {

    private final String url;

    private final String method;

    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private final CefPostData postData;

    public FakeRequest(String url, String method, Map<String, String> headers, CefPostData postData) {
        this.url = url;
        this.method = method;
        this.headers.putAll(headers);
        this.postData = postData;
    }

    @Override
    public void dispose() {
    }

    @Override
    public long getIdentifier() {
        return 0;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getURL() {
        return this.url;
    }

    @Override
    public void setURL(String url) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getMethod() {
        return this.method;
    }

    @Override
    public void setMethod(String method) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void setReferrer(String url, ReferrerPolicy policy) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getReferrerURL() {
        return null;
    }

    @Override
    public ReferrerPolicy getReferrerPolicy() {
        return null;
    }

    @Override
    public CefPostData getPostData() {
        return this.postData;
    }

    @Override
    public void setPostData(CefPostData postData) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getHeaderByName(String name) {
        return this.headers.get(name);
    }

    @Override
    public void setHeaderByName(String name, String value, boolean overwrite) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void getHeaderMap(Map<String, String> headers) {
        headers.putAll(this.headers);
    }

    @Override
    public void setHeaderMap(Map<String, String> headers) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void set(String url, String method, CefPostData postData, Map<String, String> headers) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public int getFlags() {
        return 0;
    }

    @Override
    public void setFlags(int flags) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getFirstPartyForCookies() {
        return null;
    }

    @Override
    public void setFirstPartyForCookies(String url) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public ResourceType getResourceType() {
        return ResourceType.RT_XHR;
    }

    @Override
    public TransitionType getTransitionType() {
        return null;
    }
}
