package dev.jtauri.webview.jcef;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import dev.jtauri.window.NotSupportedException;
import org.jspecify.annotations.Nullable;

/**
 * The mouse pointer as the X server knows it: where it is and whether its first button is
 * down, which AWT does not tell. Read over a connection of its own, so the toolkit's is never
 * touched from another thread.
 */
final class X11Pointer implements AutoCloseable {

    // Button1Mask of X.h.
    private static final int BUTTON1_MASK = 1 << 8;

    private final Xlib xlib;

    private final Pointer display;

    private final NativeLong root;

    private X11Pointer(Xlib xlib, Pointer display) {
        this.xlib = xlib;
        this.display = display;
        this.root = xlib.XDefaultRootWindow(display);
    }

    /**
     * Connect to the display the app shows on.
     * @param operation what needs the pointer, for the message where there is no X server
     * @return the pointer
     * @throws NotSupportedException off X11
     */
    static X11Pointer open(String operation) {
        if (!Platform.isLinux() || System.getenv("DISPLAY") == null) {
            throw new NotSupportedException(operation);
        }
        Xlib xlib = Native.load("X11", Xlib.class);
        Pointer display = xlib.XOpenDisplay(null);
        if (display == null) {
            throw new IllegalStateException(operation + ": cannot connect to the X display " + System.getenv("DISPLAY"));
        }
        return new X11Pointer(xlib, display);
    }

    /**
     * Where the pointer is, and whether the first button is down.
     * @return the state, in the screen's pixels
     */
    State query() {
        NativeLongByReference rootReturn = new NativeLongByReference();
        NativeLongByReference childReturn = new NativeLongByReference();
        IntByReference rootX = new IntByReference();
        IntByReference rootY = new IntByReference();
        IntByReference windowX = new IntByReference();
        IntByReference windowY = new IntByReference();
        IntByReference mask = new IntByReference();
        this.xlib.XQueryPointer(this.display, this.root, rootReturn, childReturn, rootX, rootY, windowX, windowY, mask);
        return new State(rootX.getValue(), rootY.getValue(), (mask.getValue() & BUTTON1_MASK) != 0);
    }

    @Override
    public void close() {
        this.xlib.XCloseDisplay(this.display);
    }

    /**
     * @param x the pointer's x on the screen
     * @param y its y
     * @param buttonDown whether the first button is held
     */
    record State(int x, int y, boolean buttonDown) {
    }

    /** The few Xlib calls needed. */
    interface Xlib extends Library {

        @Nullable Pointer XOpenDisplay(@Nullable String name);

        NativeLong XDefaultRootWindow(Pointer display);

        boolean XQueryPointer(Pointer display, NativeLong window, NativeLongByReference root,
                NativeLongByReference child, IntByReference rootX, IntByReference rootY, IntByReference windowX,
                IntByReference windowY, IntByReference mask);

        int XCloseDisplay(Pointer display);
    }
}
