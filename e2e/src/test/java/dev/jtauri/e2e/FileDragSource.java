package dev.jtauri.e2e;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.MouseEvent;
import java.awt.event.MouseMotionAdapter;
import java.io.File;
import java.util.List;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;

/**
 * Another app on the test display that drags a file, as a file manager would: a small window
 * titled "jtauri drag source" at the given place; a drag started on it carries the file through
 * the X server's drag-and-drop protocol. It prints {@code ready} once shown, and
 * {@code dropped <action>} when a drop target took the file.
 */
public final class FileDragSource {

    private FileDragSource() {
    }

    /**
     * @param args the file, and the window's x and y
     */
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        int x = Integer.parseInt(args[1]);
        int y = Integer.parseInt(args[2]);
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame("jtauri drag source");
            JLabel label = new JLabel("drag me", SwingConstants.CENTER);
            label.setTransferHandler(new FileHandler(file));
            label.addMouseMotionListener(new MouseMotionAdapter() {
                @Override
                public void mouseDragged(MouseEvent event) {
                    JComponent source = (JComponent) event.getSource();
                    source.getTransferHandler().exportAsDrag(source, event, TransferHandler.COPY);
                }
            });
            frame.add(label);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(200, 120);
            frame.setLocation(x, y);
            frame.setVisible(true);
        });
        System.out.println("ready");
    }

    private static final class FileHandler extends TransferHandler {

        private final File file;

        FileHandler(File file) {
            this.file = file;
        }

        @Override
        public int getSourceActions(JComponent component) {
            return COPY;
        }

        @Override
        protected Transferable createTransferable(JComponent component) {
            return new Transferable() {
                @Override
                public DataFlavor[] getTransferDataFlavors() {
                    return new DataFlavor[] { DataFlavor.javaFileListFlavor };
                }

                @Override
                public boolean isDataFlavorSupported(DataFlavor flavor) {
                    return DataFlavor.javaFileListFlavor.equals(flavor);
                }

                @Override
                public Object getTransferData(DataFlavor flavor) {
                    return List.of(FileHandler.this.file);
                }
            };
        }

        @Override
        protected void exportDone(JComponent source, Transferable data, int action) {
            System.out.println("dropped " + action);
        }
    }
}
