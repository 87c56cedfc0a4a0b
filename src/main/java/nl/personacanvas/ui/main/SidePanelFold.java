package nl.personacanvas.ui.main;

import javafx.beans.property.BooleanProperty;

/**
 * Whether the side panel is shown, and whether it is folded away because the window was too narrow rather than by
 * the user's own choice. Kept beside the view-model's property, not in a view: a view rebuilt in another language
 * took the window's fold for the user's choice, and the panel never came back when the window was widened. Neither
 * is written to the settings; at the next start the screen's width decides.
 */
final class SidePanelFold {
    private final BooleanProperty shown;
    private boolean forRoom;
    private boolean folding;

    SidePanelFold(BooleanProperty shown) {
        this.shown = shown;
        // Any change the window did not make is the user's (Beeld > Zijpaneel): it ends a fold for room.
        shown.addListener((obs, was, now) -> {
            if (!folding) {
                forRoom = false;
            }
        });
    }

    boolean shown() {
        return shown.get();
    }

    /** Folds the panel away for room, or brings it back once there is room again. */
    void forRoom(boolean away) {
        folding = true;
        try {
            shown.set(!away);
        } finally {
            folding = false;
        }
        forRoom = away;
    }

    /** Folded away by the window, not by the user: it comes back when the window is wide enough. */
    boolean foldedForRoom() {
        return forRoom;
    }

    /** While the window itself folds or unfolds the panel. */
    boolean folding() {
        return folding;
    }
}
