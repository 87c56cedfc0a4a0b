package nl.personacanvas.ui.compare;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.personacanvas.ui.ScreenRoom;

/**
 * The height of a dialog's scrolling list of choices (the personas to compare, the persona of another file): as tall
 * as its rows need, as they wrap at the list's width, as far as the owner's screen has room for the whole dialog
 * ({@link ScreenRoom}); only beyond that it scrolls. It was given 34 px per persona and 44 per heading, while a long
 * activity name or headline wraps to three lines: at 1280 × 720 the dialog showed two and a half of four personas and
 * scrolled, with room left on the screen (session 18).
 */
final class ChoiceListRoom {
    /** The least height of the list: a few personas, whatever the screen. */
    private static final double MIN_LIST = 120;

    private ChoiceListRoom() {
    }

    static void fit(ScrollPane list, Region rows, DialogPane pane, Window owner) {
        pane.applyCss();
        list.setPrefViewportHeight(Math.ceil(rows.prefHeight(list.getPrefViewportWidth())) + 2);
        double wanted = pane.prefHeight(-1);
        double room = ScreenRoom.fit(0, wanted, owner).getHeight();
        if (wanted > room) {
            list.setPrefViewportHeight(Math.max(MIN_LIST, list.getPrefViewportHeight() - (wanted - room)));
        }
    }
}
