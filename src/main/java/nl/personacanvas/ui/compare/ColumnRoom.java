package nl.personacanvas.ui.compare;

import javafx.geometry.Dimension2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.ScreenRoom;

/**
 * Widens the comparison window, as far as its screen has room ({@link ScreenRoom}), when a column is added (a persona
 * from another file): a fifth persona made the 1,200 px window scroll sideways while the 1366 px screen had 1,256 px of
 * room (session 19, ux19b). Only when the columns grow in number: a window the user made narrower stays as it is when
 * the same columns are compared again after an edit.
 */
final class ColumnRoom {
    private final Stage stage;
    private final Window owner;
    private int columns;
    /** The height the last growth gave the window; -1 before any. */
    private double heightSet = -1;
    /** The window's height before the growths that followed each other: each sets it or one pixel less. */
    private double heightBefore;

    ColumnRoom(Stage stage, Window owner, int columns) {
        this.stage = stage;
        this.owner = owner;
        this.columns = columns;
    }

    /** The comparison now shows {@code now} columns. */
    void shown(int now) {
        boolean more = now > columns;
        columns = now;
        double wanted = CompareView.widthFor(now);
        if (!more || !stage.isShowing() || stage.getWidth() >= wanted) {
            return;
        }
        Dimension2D room = ScreenRoom.fit(wanted, stage.getHeight(), owner);
        if (room.getWidth() > stage.getWidth()) {
            // Grown about its centre, then moved wholly onto the screen.
            stage.setX(stage.getX() - (room.getWidth() - stage.getWidth()) / 2);
            stage.setWidth(room.getWidth());
            // Both sides in the same pulse: given the width alone, GTK refused the resize ("gtk_window_resize:
            // assertion 'height > 0' failed", under Xvfb) and the window kept its width while its rows were laid out
            // for the wider one. A height set again to the same value is no change and is not passed on. So it changes
            // by one pixel: back up where the last growth took one off, else down, so the window never loses more
            // than one pixel of height, however often it grows (it lost one per growth, session 19).
            if (stage.getHeight() != heightSet) {
                heightBefore = stage.getHeight();
            }
            heightSet = heightSet == heightBefore - 1 ? heightBefore : heightBefore - 1;
            stage.setHeight(heightSet);
            ScreenRoom.keepInside(stage, owner);
        }
    }
}
