package dev.jtauri.webview.jcef;

import java.awt.Component;
import java.awt.Point;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.dnd.DnDConstants;
import java.awt.dnd.DropTarget;
import java.awt.dnd.DropTargetAdapter;
import java.awt.dnd.DropTargetDragEvent;
import java.awt.dnd.DropTargetDropEvent;
import java.awt.dnd.DropTargetEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import dev.jtauri.dpi.LogicalPosition;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.window.WindowEvent;
import dev.jtauri.window.WindowEvents;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files dropped on a window, as Tauri's drag-and-drop events: the system's drag ends at the
 * frame, whose drop target names the files and the pointer's place, and the window sends
 * {@code tauri://drag-enter}, {@code drag-over}, {@code drag-drop} and {@code drag-leave}. On
 * Linux, Chromium's view in a JCEF window gets no drop of its own (its window is not the one the
 * system's drag protocol talks to), so the page sees these events, as Tauri's pages do, rather
 * than HTML5 drop events. Runs on the EDT: it only reads the drag and hands the event off.
 */
final class FileDrops extends DropTargetAdapter {

    private static final Logger logger = LoggerFactory.getLogger(FileDrops.class);

    private final SwingWindow window;

    private final WindowEvents events;

    // EDT only: the files of the drag in progress, read when it entered.
    private @Nullable List<Path> paths;

    private @Nullable PhysicalPosition lastPosition;

    private FileDrops(SwingWindow window, WindowEvents events) {
        this.window = window;
        this.events = events;
    }

    /**
     * Take file drops on a component of the window: the browser's, which covers its content area.
     */
    static void install(Component target, SwingWindow window, WindowEvents events) {
        new DropTarget(target, DnDConstants.ACTION_COPY, new FileDrops(window, events), true);
    }

    @Override
    public void dragEnter(DropTargetDragEvent drag) {
        if (!drag.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            drag.rejectDrag();
            return;
        }
        drag.acceptDrag(DnDConstants.ACTION_COPY);
        List<Path> files = files(drag.getTransferable());
        this.paths = files;
        this.lastPosition = position(drag.getLocation(), drag.getDropTargetContext().getComponent());
        this.events.fire(new WindowEvent.DragEnter(files, this.lastPosition));
    }

    @Override
    public void dragOver(DropTargetDragEvent drag) {
        if (this.paths == null) {
            return;
        }
        drag.acceptDrag(DnDConstants.ACTION_COPY);
        PhysicalPosition position = position(drag.getLocation(), drag.getDropTargetContext().getComponent());
        if (!position.equals(this.lastPosition)) {
            this.lastPosition = position;
            this.events.fire(new WindowEvent.DragOver(position));
        }
    }

    @Override
    public void dragExit(DropTargetEvent exit) {
        if (this.paths != null) {
            this.paths = null;
            this.events.fire(new WindowEvent.DragLeave());
        }
    }

    @Override
    public void drop(DropTargetDropEvent drop) {
        if (!drop.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            drop.rejectDrop();
            return;
        }
        drop.acceptDrop(DnDConstants.ACTION_COPY);
        List<Path> files = files(drop.getTransferable());
        this.paths = null;
        this.events.fire(new WindowEvent.DragDrop(files,
                position(drop.getLocation(), drop.getDropTargetContext().getComponent())));
        drop.dropComplete(true);
    }

    /** The pointer in physical pixels from the content area's top-left. */
    private PhysicalPosition position(Point location, Component target) {
        Point inContent = SwingUtilities.convertPoint(target, location, this.window.frame().getContentPane());
        return new LogicalPosition(inContent.x, inContent.y).toPhysical(this.window.scaleFactor());
    }

    @SuppressWarnings("unchecked")
    private static List<Path> files(Transferable transferable) {
        try {
            List<File> files = (List<File>) transferable.getTransferData(DataFlavor.javaFileListFlavor);
            return files.stream().map(File::toPath).toList();
        }
        catch (UnsupportedFlavorException | IOException | RuntimeException ex) {
            logger.debug("The files of a drag could not be read", ex);
            return List.of();
        }
    }
}
