package org.cef.network;

import java.util.List;
import java.util.Vector;

/**
 * Post data as CEF hands it over, without CEF: elements that report a size and count the bytes
 * read from them. In JCEF's package because its constructors are package-private.
 */
public final class FakePostData extends CefPostData {

    private final List<Element> elements;

    public FakePostData(List<Element> elements) {
        this.elements = List.copyOf(elements);
    }

    @Override
    public void dispose() {
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public int getElementCount() {
        return this.elements.size();
    }

    @Override
    public void getElements(Vector<CefPostDataElement> elements) {
        elements.addAll(this.elements);
    }

    @Override
    public boolean removeElement(CefPostDataElement element) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public boolean addElement(CefPostDataElement element) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void removeElements() {
        throw new UnsupportedOperationException("read-only");
    }

    /** An element of bytes; a declared size larger than its bytes stands for a huge upload. */
    public static final class Element extends CefPostDataElement {

        private final byte[] bytes;

        private final int declaredSize;

        private long bytesRead;

        public Element(byte[] bytes) {
            this(bytes, bytes.length);
        }

        public Element(byte[] bytes, int declaredSize) {
            this.bytes = bytes;
            this.declaredSize = declaredSize;
        }

        /** How many bytes were copied out of this element. */
        public long bytesRead() {
            return this.bytesRead;
        }

        @Override
        public void dispose() {
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public void setToEmpty() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void setToFile(String fileName) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void setToBytes(int size, byte[] bytes) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Type getType() {
            return Type.PDE_TYPE_BYTES;
        }

        @Override
        public String getFile() {
            return null;
        }

        @Override
        public int getBytesCount() {
            return this.declaredSize;
        }

        @Override
        public int getBytes(int size, byte[] bytes) {
            int count = Math.min(size, this.bytes.length);
            System.arraycopy(this.bytes, 0, bytes, 0, count);
            this.bytesRead += count;
            return count;
        }
    }
}
