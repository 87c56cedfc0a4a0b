package nl.personacanvas.ui.controls;

import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * A text field that looks and works like any other, but creates its editing skin only when it is first pressed
 * or focused; until then a light skin paints its text (see {@link ReadSkin}). For forms that open with many
 * fields, most of which the user never edits in a session.
 */
public class DeferredTextField extends TextField {

    @Override
    protected Skin<?> createDefaultSkin() {
        return ReadSkin.of(this, TextFieldSkin::new, false);
    }
}
