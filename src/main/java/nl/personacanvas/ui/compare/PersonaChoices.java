package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.canvas.Headlines;

/**
 * The check boxes of the comparison's choice, one per persona, grouped under their core activity as in the persona
 * list and in its order (the workbook's activities, then the personas without one), so a team finds a persona where
 * the list shows it: personas of different activities share few elements, and a team could put them side by side
 * without noticing. The activity's whole matrix title under each headline (session 16) made every box three or four
 * lines; as the heading of its group, it is said once and a box is its headline.
 */
final class PersonaChoices {
    private final VBox boxes = new VBox(6);
    private final List<CheckBox> checks = new ArrayList<>();
    private int groups;

    private PersonaChoices() {
    }

    static PersonaChoices of(Workbook workbook, Messages messages) {
        // The persona list's order: the workbook's activities, then the personas whose activity it lacks.
        PersonaChoices choices = new PersonaChoices();
        for (CoreActivity activity : workbook.activities()) {
            choices.addGroup(messages.get("compare.choose.activity", ActivityTitles.title(activity, messages)),
                    workbook.personasOf(activity.id()));
        }
        choices.addGroup(messages.get("compare.choose.noActivity"),
                workbook.personas().stream().filter(p -> workbook.activityOf(p).isEmpty()).toList());
        return choices;
    }

    private void addGroup(String activity, List<Persona> personas) {
        if (personas.isEmpty()) {
            return;
        }
        Label heading = new Label(activity);
        heading.getStyleClass().add("compare-choose-activity");
        heading.setWrapText(true);
        if (groups++ > 0) {
            VBox.setMargin(heading, new Insets(8, 0, 0, 0));
        }
        boxes.getChildren().add(heading);
        for (Persona p : personas) {
            CheckBox box = new CheckBox(Headlines.shortened(p));
            String whole = Headlines.shown(p);
            if (!whole.equals(box.getText())) {
                // Cut short: the whole headline when the pointer rests on it, and for a screen reader.
                Tooltip tip = new Tooltip(whole);
                tip.setWrapText(true);
                tip.setMaxWidth(560);
                box.setTooltip(tip);
                box.setAccessibleText(whole);
            }
            box.setUserData(p.id());
            box.setAccessibleHelp(activity);
            // A headline is a sentence: it wraps instead of running out of the dialog under a scroll bar.
            box.setWrapText(true);
            // Its box beside the headline's first line: centred, it stood in the middle of a long one (a role of
            // 1,000 characters is 22 lines), far from the name it ticks (session 20).
            box.setAlignment(Pos.TOP_LEFT);
            VBox.setMargin(box, new Insets(0, 0, 0, 12));
            boxes.getChildren().add(box);
            checks.add(box);
        }
    }

    /** The headings and boxes, in the persona list's order. */
    VBox boxes() {
        return boxes;
    }

    /** The boxes alone; each box's user data is its persona's id. */
    List<CheckBox> checks() {
        return checks;
    }

    /** Makes the list as tall as its headings and boxes need, as far as the screen has room. */
    void fitList(ScrollPane list, DialogPane pane, Window owner) {
        ChoiceListRoom.fit(list, boxes, pane, owner);
    }
}
