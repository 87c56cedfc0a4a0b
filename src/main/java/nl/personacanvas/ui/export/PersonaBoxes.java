package nl.personacanvas.ui.export;

import java.util.function.UnaryOperator;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.LeftToRight;

/** The export's list of personas to choose: one check box a persona, kept in step with the chosen ids. */
final class PersonaBoxes {

    private PersonaBoxes() {
    }

    /** Fills {@code boxes} anew with the workbook's personas; {@code id} gives each box its fx:id. */
    static void fill(VBox boxes, ExportOptionsViewModel options, UnaryOperator<String> id) {
        boxes.getChildren().clear();
        for (Persona persona : options.workbook().personas()) {
            String name = persona.name().isBlank() ? persona.id() : persona.name();
            // Left to right like the window: a name starting in Arabic read with its parts swapped (session 22).
            CheckBox box = new CheckBox(LeftToRight.line(OptionNames.shown(name)));
            box.setTooltip(OptionNames.whole(name));
            box.setId(id.apply("persona-" + persona.id()));
            box.setMnemonicParsing(false);
            // Wrapped like the current persona's option, its box beside the first line: a long name set the dialog's
            // width, not the list (session 20).
            box.setWrapText(true);
            box.setAlignment(Pos.TOP_LEFT);
            box.getStyleClass().add("export-long-option");
            box.setSelected(options.chosenIds().contains(persona.id()));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    options.chosenIds().add(persona.id());
                } else {
                    options.chosenIds().remove(persona.id());
                }
            });
            options.chosenIds().addListener((SetChangeListener<String>) c ->
                    box.setSelected(options.chosenIds().contains(persona.id())));
            boxes.getChildren().add(box);
        }
    }
}
