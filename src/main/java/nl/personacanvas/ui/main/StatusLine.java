package nl.personacanvas.ui.main;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The short message at the bottom of the window ("Opgeslagen: school.pcanvas"). What the user should
 * not miss (saved, exported, restored) is also announced, which the window shows as a notification.
 */
public final class StatusLine {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private Consumer<String> announcer = message -> { };

    public void show(String message) {
        text.set(message);
    }

    /** Shows {@code message} and raises it as a notification. */
    public void announce(String message) {
        show(message);
        announcer.accept(message);
    }

    /** Who shows announcements; the window sets it once its view exists. */
    public void setAnnouncer(Consumer<String> announcer) {
        this.announcer = announcer;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
