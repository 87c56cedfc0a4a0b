package nl.personacanvas.ui.workbook;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;

/** One core activity on the workbook page, kept per id so its name field survives typing. */
public final class ActivityViewModel {
    private final String id;
    private final String matrixId;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ActivityGroup> group = new SimpleObjectProperty<>(this, "group");

    ActivityViewModel(CoreActivity activity) {
        this.id = activity.id();
        this.matrixId = activity.matrixId();
        update(activity);
    }

    void update(CoreActivity activity) {
        if (!activity.name().equals(name.get())) {
            name.set(activity.name());
        }
        if (activity.group() != group.get()) {
            group.set(activity.group());
        }
    }

    public String id() {
        return id;
    }

    /** "A1".."A5", or null for the school's own activity. */
    public String matrixId() {
        return matrixId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ActivityGroup> groupProperty() {
        return group;
    }
}
