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
            // for the wider one. A height set again to the same value is no change and is not passed on.
            stage.setHeight(stage.getHeight() - 1);
            ScreenRoom.keepInside(stage, owner);
        }
    }
}
