package nl.personacanvas.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.personacanvas.merge.ComparisonKeyText;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.matrix.MatrixLanguageNote;

/** The comparison's key under its rows, as in the PDF. */
final class CompareKey {
    private static final int COLUMNS = 3;

    private final Messages messages;
    private final VBox box = new VBox(4);

    CompareKey(Messages messages) {
        this.messages = messages;
        box.setId("compare-key");
        box.getStyleClass().add("compare-key");
        box.setPadding(new Insets(0, 12, 12, 12));
    }

    VBox node() {
        return box;
    }

    void clear() {
        box.getChildren().clear();
    }

    /**
     * What the marks mean and the matrix's words for every element the comparison names, from the same source as the
     * PDF's key ({@link ComparisonKeyText}), its elements in {@link #COLUMNS} columns read row by row.
     */
    void fill(PersonaComparison comparison) {
        ComparisonKeyText text = new ComparisonKeyText(messages.locale(), comparison);
        Label heading = new Label(text.heading());
        heading.setId("compare-key-heading");
        heading.getStyleClass().add("compare-key-heading");
        Label marks = new Label(text.marks());
        marks.setId("compare-key-marks");
        marks.setWrapText(true);
        GridPane elements = new GridPane();
        elements.setId("compare-key-elements");
        elements.setHgap(12);
        elements.setVgap(2);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            elements.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < text.elements().size(); i++) {
            Label element = new Label(text.elements().get(i));
            element.getStyleClass().add("compare-key-item");
            element.setWrapText(true);
            // A short element beside one wrapped over two lines starts on the same line, as the PDF sets them.
            GridPane.setValignment(element, VPos.TOP);
            elements.add(element, i % COLUMNS, i / COLUMNS);
        }
        box.getChildren().setAll(heading, marks, MatrixLanguageNote.label("compare-matrix-note", messages), elements);
    }
}
