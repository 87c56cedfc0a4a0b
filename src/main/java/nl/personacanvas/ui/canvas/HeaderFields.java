package nl.personacanvas.ui.canvas;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The header's fields: name and role, core activity, authors, and the persona's notes. The role sentence sits beside the name while the
 * header is wide enough to leave it a good line; in a narrow header (a small window, the side panel open) it gets
 * a row of its own under the name instead of a column a few words wide.
 */
final class HeaderFields extends GridPane {
    /** The least width the role gets beside the name; less and it moves under the name. */
    static final double ROLE_BESIDE_NAME = 320;

    private final Label nameLabel;
    private final Region name;
    private final Label roleLabel;
    private final Region role;
    private final Label activityLabel;
    private final Region activity;
    private final Label authorsLabel;
    private final Region authors;
    private final Label notesLabel;
    private final Region notes;
    private final Region addNotes;
    private Boolean beside;

    HeaderFields(Label nameLabel, Region name, Label roleLabel, Region role, Label activityLabel, Region activity,
                 Label authorsLabel, Region authors, Label notesLabel, Region notes, Region addNotes) {
        this.nameLabel = nameLabel;
        this.name = name;
        this.roleLabel = roleLabel;
        this.role = role;
        this.activityLabel = activityLabel;
        this.activity = activity;
        this.authorsLabel = authorsLabel;
        this.authors = authors;
        this.notesLabel = notesLabel;
        this.notes = notes;
        this.addNotes = addNotes;
        getStyleClass().add("canvas-fields");
        setHgap(8);
        setVgap(6);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(new ColumnConstraints(), grow);
        role.setMinWidth(0);
        place(true);
        widthProperty().addListener((obs, old, now) -> place(roleFitsBeside(now.doubleValue())));
        // A long name widens its field (NameFieldWidth): the role may no longer fit beside it, or fit again.
        name.prefWidthProperty().addListener(obs -> place(roleFitsBeside(getWidth())));
    }

    private boolean roleFitsBeside(double width) {
        double labels = nameLabel.prefWidth(-1) + getHgap();
        double beforeRole = name.prefWidth(-1) + roleLabel.prefWidth(-1) + 2 * getHgap();
        return width - labels - beforeRole >= ROLE_BESIDE_NAME;
    }

    private void place(boolean roleBeside) {
        if (Boolean.valueOf(roleBeside).equals(beside)) {
            return;
        }
        beside = roleBeside;
        boolean focused = role.isFocused();
        getChildren().clear();
        int row = 0;
        if (roleBeside) {
            HBox nameAndRole = new HBox(8, name, roleLabel, role);
            // A long role wraps onto a second line: the name and its label stay level with its first line.
            nameAndRole.setAlignment(Pos.BASELINE_LEFT);
            HBox.setHgrow(role, Priority.ALWAYS);
            addRow(row++, nameLabel, nameAndRole);
        } else {
            addRow(row++, nameLabel, wrapLeft(name));
            addRow(row++, roleLabel, role);
        }
        addRow(row++, activityLabel, activity);
        addRow(row++, authorsLabel, authors);
        // The persona's notes (shown only while it has any) in the same label column as the fields above.
        addRow(row, notesLabel, notes);
        // The link that opens the notes shares their cell: only one of the two is ever shown. (In a box of their own
        // the notes' wrapped height was asked at another width, and the header kept some 90 px of empty room.)
        add(addNotes, 1, row);
        // A label level with the first line of its field, also when the role's field has wrapped to two lines.
        for (Node child : getChildren()) {
            GridPane.setValignment(child, VPos.BASELINE);
        }
        if (focused) {
            role.requestFocus();
        }
    }

    /**
     * The name keeps its own width in a row of its own, as beside the role. Aligned on the baseline, the box says
     * where the field's text sits, and the label "Naam" is set level with it (centred, it stood 12 px lower).
     */
    private static Node wrapLeft(Region field) {
        HBox box = new HBox(field);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }
}
