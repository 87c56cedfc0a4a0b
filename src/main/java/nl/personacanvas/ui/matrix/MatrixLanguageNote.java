package nl.personacanvas.ui.matrix;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import nl.personacanvas.ui.Messages;

/**
 * The line that tells a reader of the English window why the matrix's words around it are Dutch: they are quoted,
 * as the study words them. Shown in every window and panel that quotes the matrix, and only when the window speaks
 * another language than the matrix; it follows a change of language.
 */
public final class MatrixLanguageNote {
    private MatrixLanguageNote() {
    }

    /** The note, with {@code id} for tests; it takes no room while hidden. */
    public static Label label(String id, Messages messages) {
        AttitudeNames names = new AttitudeNames(messages);
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add("matrix-language-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(() -> messages.get("matrix.quotedInDutch"),
                messages.localeProperty()));
        note.visibleProperty().bind(Bindings.createBooleanBinding(names::matrixInOtherLanguage,
                messages.localeProperty()));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
