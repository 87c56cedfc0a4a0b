package nl.personacanvas.ui.main;

import javafx.scene.Scene;
import javafx.scene.control.Control;

/**
 * A control that gets the keyboard before it has its skin (a canvas built at the first persona shown, then Tab at
 * once) is styled there and then, so it has its skin when the next key comes. A text control without its skin
 * drops the keys it is given, and the skin would come only at the next pulse, which under load is a second or more
 * later: the role typed straight after a new persona's name and Tab was lost.
 */
final class SkinBeforeKeys {
    private SkinBeforeKeys() {
    }

    static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, owner) -> {
            if (owner instanceof Control control && control.getSkin() == null) {
                control.applyCss();
            }
        });
    }
}
