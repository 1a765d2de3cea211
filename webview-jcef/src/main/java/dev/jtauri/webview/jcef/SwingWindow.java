package dev.jtauri.webview.jcef;

import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsDevice;
import java.awt.Insets;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.awt.Taskbar;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.function.Consumer;

import javax.swing.JComponent;
import javax.swing.JFrame;

import dev.jtauri.dpi.LogicalPosition;
import dev.jtauri.dpi.LogicalSize;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.dpi.Position;
import dev.jtauri.dpi.Size;
import dev.jtauri.image.Image;
import dev.jtauri.window.NotSupportedException;
import dev.jtauri.window.UserAttentionType;
import org.jspecify.annotations.Nullable;

/**
 * A Swing frame's window operations in Tauri's terms: sizes and positions in physical pixels
 * out, logical or physical in, the content area being Tauri's "inner" size. Every method runs
 * on the EDT; {@link JcefWindow} takes the calls there.
 *
 * <p>AWT has no maximum size for a frame, so one is kept by shrinking the frame back when the
 * user or the window manager makes it larger.
 */
final class SwingWindow {

    private final JFrame frame;

    private @Nullable Dimension maxInnerSize;

    private boolean closable = true;

    // The content area's size while the window is neither maximized nor fullscreen, and the
    // frame's insets it was measured with (EDT only).
    private Dimension contentSize;

    private Insets insets;

    // Where a frame shown again puts its content area on the screen, until the window manager has
    // framed it or something else moves it (EDT only).
    private @Nullable Point contentPlace;

    // Whether a frame shown again still has the size AWT gave it with borders it no longer reports
    // (EDT only).
    private boolean sizedWithOtherBorders;

    /**
     * @param frame a packed frame, whose content area has the size asked for
     */
    SwingWindow(JFrame frame) {
        this.frame = frame;
        this.contentSize = frame.getContentPane().getSize();
        this.insets = frame.getInsets();
        // The frame is resized or moved when AWT keeps the content area as the borders change, the
        // content area resized when AWT keeps the frame's size: each says what the borders are now.
        frame.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                keepContentAcrossInsets();
                keepMaxSize();
            }

            @Override
            public void componentMoved(ComponentEvent event) {
                keepContentAcrossInsets();
            }
        });
        frame.getContentPane().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                keepContentAcrossInsets();
            }
        });
    }

    /**
     * Keep the content area's size, and a frame shown again its content area's place, when the
     * frame's borders change. AWT sizes and places a frame before the window manager has framed
     * it, with the borders it guesses, and when the real ones arrive it may keep the outer size
     * and keeps the outer place. Tauri's sizes are the content's, so the content area is put back.
     * While maximized or fullscreen the size and place are the window manager's, and are not
     * remembered.
     */
    private void keepContentAcrossInsets() {
        Insets now = this.frame.getInsets();
        boolean bordersChanged = !now.equals(this.insets);
        this.insets = now;
        if (isMaximized() || isFullscreen()) {
            this.contentPlace = null;
            return;
        }
        keepContentSize(now, bordersChanged);
        keepContentPlace(now, bordersChanged);
    }

    private void keepContentSize(Insets now, boolean bordersChanged) {
        // From the frame: the content pane is laid out to its new size only after the frame's event.
        Dimension content = contentSize(now);
        if (this.sizedWithOtherBorders) {
            // Not the app's size nor the user's: AWT puts the content area back to its size once
            // the window manager has framed the frame.
            this.sizedWithOtherBorders = !content.equals(this.contentSize);
            return;
        }
        if (!bordersChanged || content.equals(this.contentSize)) {
            this.contentSize = content;
            return;
        }
        this.frame.setSize(this.contentSize.width + now.left + now.right, this.contentSize.height + now.top + now.bottom);
    }

    /**
     * A frame shown again was placed with the borders AWT guessed for it: once the window
     * manager's arrive, it is moved so that its content area is where it was. A move with the
     * borders unchanged is the user's or the window manager's, and the frame stays where it is.
     */
    private void keepContentPlace(Insets now, boolean bordersChanged) {
        Point place = this.contentPlace;
        if (place == null) {
            return;
        }
        Point wanted = new Point(place.x - now.left, place.y - now.top);
        if (this.frame.getLocation().equals(wanted)) {
            return;
        }
        if (bordersChanged) {
            this.frame.setLocation(wanted);
        }
        else {
            this.contentPlace = null;
        }
    }

    JFrame frame() {
        return this.frame;
    }

    double scaleFactor() {
        return Monitors.scaleOf(this.frame.getGraphicsConfiguration());
    }

    // ---- getters

    PhysicalSize innerSize() {
        Dimension size = this.frame.getSize();
        Insets insets = this.frame.getInsets();
        return physical(size.width - insets.left - insets.right, size.height - insets.top - insets.bottom);
    }

    PhysicalSize outerSize() {
        Dimension size = this.frame.getSize();
        return physical(size.width, size.height);
    }

    PhysicalPosition outerPosition() {
        Point location = this.frame.isShowing() ? this.frame.getLocationOnScreen() : this.frame.getLocation();
        return physical(location);
    }

    PhysicalPosition innerPosition() {
        Point location = this.frame.isShowing() ? this.frame.getLocationOnScreen() : this.frame.getLocation();
        Insets insets = this.frame.getInsets();
        return physical(new Point(location.x + insets.left, location.y + insets.top));
    }

    boolean isMaximized() {
        return (this.frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    }

    boolean isMinimized() {
        return (this.frame.getExtendedState() & Frame.ICONIFIED) != 0;
    }

    boolean isFullscreen() {
        return device().getFullScreenWindow() == this.frame;
    }

    boolean isFocused() {
        return this.frame.isActive() || this.frame.isFocused();
    }

    boolean isClosable() {
        return this.closable;
    }

    PhysicalPosition cursorPosition() {
        PointerInfo pointer = MouseInfo.getPointerInfo();
        if (pointer == null) {
            throw new NotSupportedException("cursorPosition without a mouse");
        }
        return physical(pointer.getLocation());
    }

    // ---- actions and setters

    void setInnerSize(Size size) {
        LogicalSize logical = size.toLogical(scaleFactor());
        Insets borders = this.frame.getInsets();
        Dimension max = this.maxInnerSize;
        // Within the maximum size at once, rather than shrunk back once the window manager grew it.
        this.contentSize = new Dimension(Math.min(round(logical.width()), (max != null) ? max.width : Integer.MAX_VALUE),
                Math.min(round(logical.height()), (max != null) ? max.height : Integer.MAX_VALUE));
        this.insets = borders;
        this.frame.setSize(this.contentSize.width + borders.left + borders.right,
                this.contentSize.height + borders.top + borders.bottom);
        this.frame.validate();
    }

    void setMinInnerSize(@Nullable Size size) {
        if (size == null) {
            this.frame.setMinimumSize(null);
            return;
        }
        LogicalSize logical = size.toLogical(scaleFactor());
        Insets insets = this.frame.getInsets();
        this.frame.setMinimumSize(new Dimension(round(logical.width()) + insets.left + insets.right,
                round(logical.height()) + insets.top + insets.bottom));
    }

    void setMaxInnerSize(@Nullable Size size) {
        if (size == null) {
            this.maxInnerSize = null;
            return;
        }
        LogicalSize logical = size.toLogical(scaleFactor());
        this.maxInnerSize = new Dimension(round(Math.min(logical.width(), Integer.MAX_VALUE / 2.0)),
                round(Math.min(logical.height(), Integer.MAX_VALUE / 2.0)));
        keepMaxSize();
    }

    void setOuterPosition(Position position) {
        LogicalPosition logical = position.toLogical(scaleFactor());
        this.contentPlace = null;
        this.frame.setLocation(round(logical.x()), round(logical.y()));
    }

    void center() {
        this.contentPlace = null;
        Rectangle screen = this.frame.getGraphicsConfiguration().getBounds();
        Dimension size = this.frame.getSize();
        this.frame.setLocation(screen.x + (screen.width - size.width) / 2, screen.y + (screen.height - size.height) / 2);
    }

    void setMaximized(boolean maximized) {
        int state = this.frame.getExtendedState();
        this.frame.setExtendedState(maximized ? (state | Frame.MAXIMIZED_BOTH) : (state & ~Frame.MAXIMIZED_BOTH));
    }

    void setMinimized(boolean minimized) {
        int state = this.frame.getExtendedState();
        this.frame.setExtendedState(minimized ? (state | Frame.ICONIFIED) : (state & ~Frame.ICONIFIED));
    }

    void setFullscreen(boolean fullscreen) {
        GraphicsDevice device = device();
        if (fullscreen) {
            device.setFullScreenWindow(this.frame);
        }
        else if (device.getFullScreenWindow() == this.frame) {
            device.setFullScreenWindow(null);
        }
    }

    /**
     * AWT changes decorations only on a frame that is not displayable: the frame is shown again
     * with the change (see {@link #reshow}).
     */
    void setDecorations(boolean decorations) {
        if (this.frame.isUndecorated() != decorations) {
            return;
        }
        reshow((shown) -> shown.setUndecorated(!decorations));
    }

    /**
     * Changed on a shown frame, AWT forgets the frame's borders and waits for the window manager
     * to frame it anew, which a window manager that keeps the frame never does: sizes and
     * positions then read as if it had none. So the frame is shown again with the change, as for
     * decorations.
     */
    void setResizable(boolean resizable) {
        if (this.frame.isResizable() == resizable) {
            return;
        }
        if (!this.frame.isDisplayable()) {
            this.frame.setResizable(resizable);
            return;
        }
        reshow((shown) -> shown.setResizable(resizable));
    }

    /**
     * Dispose the frame, change it, and show it again, its content area keeping its size and its
     * place on the screen, as a window's does when the system redraws its borders. JCEF parks the
     * browser while its canvas has no window, and puts it back.
     *
     * <p>The size and place kept are those remembered, not those the frame has now: a frame shown
     * again a moment ago may not have been framed by the window manager yet. A new frame starts
     * with the borders AWT guesses; when it is not resizable, AWT reads the window manager's
     * borders as soon as they are known but keeps the size it gave the frame with the guessed
     * ones, so the content area reads larger than it is until the window manager has framed the
     * frame and AWT sizes it again.
     */
    private void reshow(Consumer<JFrame> change) {
        Dimension content = this.contentSize;
        Point place = (this.contentPlace != null) ? this.contentPlace
                : this.frame.isShowing() ? this.frame.getContentPane().getLocationOnScreen() : null;
        boolean visible = this.frame.isVisible();
        int state = this.frame.getExtendedState();
        this.frame.dispose();
        change.accept(this.frame);
        ((JComponent) this.frame.getContentPane()).setPreferredSize(content);
        this.frame.pack();
        this.insets = this.frame.getInsets();
        this.sizedWithOtherBorders = !contentSize(this.insets).equals(content);
        this.contentPlace = place;
        if (place != null) {
            this.frame.setLocation(place.x - this.insets.left, place.y - this.insets.top);
        }
        this.frame.setExtendedState(state);
        this.frame.setVisible(visible);
    }

    void setClosable(boolean closable) {
        this.closable = closable;
    }

    void setFocus() {
        if (isMinimized()) {
            setMinimized(false);
        }
        this.frame.toFront();
        this.frame.requestFocus();
    }

    void requestUserAttention(@Nullable UserAttentionType type) {
        if (type == null) {
            return;
        }
        if (!Taskbar.isTaskbarSupported() || !Taskbar.getTaskbar().isSupported(Taskbar.Feature.USER_ATTENTION_WINDOW)) {
            throw new NotSupportedException("requestUserAttention");
        }
        Taskbar.getTaskbar().requestWindowUserAttention(this.frame);
    }

    void setIcon(Image icon) {
        this.frame.setIconImage(icon.toBufferedImage());
    }

    private void keepMaxSize() {
        Dimension max = this.maxInnerSize;
        if (max == null || isMaximized() || isFullscreen()) {
            return;
        }
        Insets insets = this.frame.getInsets();
        Dimension size = this.frame.getSize();
        int width = Math.min(size.width, max.width + insets.left + insets.right);
        int height = Math.min(size.height, max.height + insets.top + insets.bottom);
        if (width != size.width || height != size.height) {
            this.frame.setSize(width, height);
        }
    }

    /** The content area's size that the frame's size and these borders make. */
    private Dimension contentSize(Insets borders) {
        Dimension size = this.frame.getSize();
        return new Dimension(size.width - borders.left - borders.right, size.height - borders.top - borders.bottom);
    }

    private GraphicsDevice device() {
        return this.frame.getGraphicsConfiguration().getDevice();
    }

    private PhysicalSize physical(int width, int height) {
        return new LogicalSize(Math.max(width, 0), Math.max(height, 0)).toPhysical(scaleFactor());
    }

    private PhysicalPosition physical(Point point) {
        return new LogicalPosition(point.x, point.y).toPhysical(scaleFactor());
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }
}
