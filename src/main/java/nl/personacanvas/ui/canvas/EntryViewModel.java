package nl.personacanvas.ui.canvas;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.personacanvas.model.Entry;

/**
 * One sticky note as the editor sees it. Kept for as long as the entry exists, so its text field is
 * never rebuilt while the user types; model updates only touch the properties when the text differs.
 */
public final class EntryViewModel {
    private final String id;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<List<String>> links = new ReadOnlyObjectWrapper<>(this, "links", List.of());
    private boolean updatingFromModel;

    EntryViewModel(Entry entry, BiConsumer<String, String> onTextEdited, BiConsumer<String, String> onNoteEdited) {
        this.id = entry.id();
        update(entry);
        text.addListener((obs, old, now) -> {
            if (!updatingFromModel) {
                onTextEdited.accept(id, now);
            }
        });
        note.addListener((obs, old, now) -> {
            if (!updatingFromModel) {
                onNoteEdited.accept(id, now);
            }
        });
    }

    void update(Entry entry) {
        updatingFromModel = true;
        try {
            if (!entry.text().equals(text.get())) {
                text.set(entry.text());
            }
            if (!entry.note().equals(note.get())) {
                note.set(entry.note());
            }
            if (!entry.links().equals(links.get())) {
                links.set(entry.links());
            }
        } finally {
            updatingFromModel = false;
        }
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Matrix element and attitude ids a person linked this entry to. */
    public ReadOnlyObjectProperty<List<String>> linksProperty() {
        return links.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "EntryViewModel[" + id + ", " + text.get() + "]";
    }
}
