package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.canvas.Headlines;

/**
 * The check boxes of the comparison's choice, one per persona, grouped under their core activity as in the persona
 * list: personas of different activities share few elements, and a team could put them side by side without noticing.
 * The activity's whole matrix title under each headline (session 16) made every box three or four lines; as the
 * heading of its group, it is said once and a box is its headline.
 */
final class PersonaChoices {
    private final VBox boxes = new VBox(6);
    private final List<CheckBox> checks = new ArrayList<>();
    private int groups;

    private PersonaChoices() {
    }

    static PersonaChoices of(Workbook workbook, Messages messages) {
        Map<String, List<Persona>> byActivity = new LinkedHashMap<>();
        for (Persona p : workbook.personas()) {
            String activity = workbook.activityOf(p)
                    .map(a -> messages.get("compare.choose.activity", ActivityTitles.title(a)))
                    .orElse(messages.get("compare.choose.noActivity"));
            byActivity.computeIfAbsent(activity, a -> new ArrayList<>()).add(p);
        }
        PersonaChoices choices = new PersonaChoices();
        byActivity.forEach(choices::addGroup);
        return choices;
    }

    private void addGroup(String activity, List<Persona> personas) {
        Label heading = new Label(activity);
        heading.getStyleClass().add("compare-choose-activity");
        heading.setWrapText(true);
        if (groups++ > 0) {
            VBox.setMargin(heading, new Insets(8, 0, 0, 0));
        }
        boxes.getChildren().add(heading);
        for (Persona p : personas) {
            CheckBox box = new CheckBox(Headlines.shown(p));
            box.setUserData(p.id());
            box.setAccessibleHelp(activity);
            // A headline is a sentence: it wraps instead of running out of the dialog under a scroll bar.
            box.setWrapText(true);
            VBox.setMargin(box, new Insets(0, 0, 0, 12));
            boxes.getChildren().add(box);
            checks.add(box);
        }
    }

    /** The headings and boxes, in the workbook's order of personas. */
    VBox boxes() {
        return boxes;
    }

    /** The boxes alone; each box's user data is its persona's id. */
    List<CheckBox> checks() {
        return checks;
    }

    /** How many activity headings there are. */
    int groups() {
        return groups;
    }
}
