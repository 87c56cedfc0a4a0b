package nl.personacanvas.ui.main;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/** How the status bar tests look at the bar's parts: by id, where they sit in the bar, and what they draw. */
final class StatusBarParts {
    private StatusBarParts() {
    }

    static Label part(StatusBarView bar, String id) {
        return (Label) bar.lookup(id);
    }

    static Bounds inBar(StatusBarView bar, Label label) {
        return bar.sceneToLocal(label.localToScene(label.getLayoutBounds()));
    }

    /** The text the label draws, cut off or not. */
    static String shown(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
