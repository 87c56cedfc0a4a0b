package nl.personacanvas.ui.main;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The short message at the bottom of the window ("Opgeslagen: school.pcanvas"). */
public final class StatusLine {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public void show(String message) {
        text.set(message);
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
