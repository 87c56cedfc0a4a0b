package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.canvas.Headlines;

/**
 * The personas of another workbook file to choose one from, each a choice of its own with its headline (name and role)
 * and its core activity under it, wrapped at the list's width. A drop-down showed each on one line cut to the box
 * ("Priya zorgt dat studenten in haar klas met veel nationaliteiten van elk…"): two personas whose roles start alike
 * could not be told apart (session 19, ux19b).
 */
final class OtherPersonaChoices {
    private static final double LIST_WIDTH = 520;

    private final VBox rows = new VBox(8);
    private final ScrollPane list = new ScrollPane(rows);
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> choices = new ArrayList<>();

    private OtherPersonaChoices() {
        list.setId("compare-other-list");
        list.setFitToWidth(true);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setPrefViewportWidth(LIST_WIDTH);
        rows.setPadding(new Insets(4));
    }

    static OtherPersonaChoices of(Workbook other, Messages messages) {
        OtherPersonaChoices shown = new OtherPersonaChoices();
        for (Persona p : other.personas()) {
            String activity = other.activityOf(p)
                    .map(a -> messages.get("compare.choose.activity", ActivityTitles.title(a, messages)))
                    .orElse(messages.get("compare.choose.noActivity"));
            shown.add(p, Headlines.shown(p) + "\n" + activity);
        }
        shown.choices.get(0).setSelected(true);
        return shown;
    }

    private void add(Persona persona, String text) {
        RadioButton choice = new RadioButton(text);
        choice.setId("compare-other-choice-" + choices.size());
        choice.setUserData(persona);
        choice.setToggleGroup(group);
        choice.setWrapText(true);
        rows.getChildren().add(choice);
        choices.add(choice);
    }

    ScrollPane list() {
        return list;
    }

    /** The choices, one under the other: what the list's height is fitted to. */
    VBox rows() {
        return rows;
    }

    /** The persona chosen: one always is (the first to begin with). */
    Persona chosen() {
        return (Persona) group.getSelectedToggle().getUserData();
    }

    void focusChosen() {
        ((RadioButton) group.getSelectedToggle()).requestFocus();
    }
}
