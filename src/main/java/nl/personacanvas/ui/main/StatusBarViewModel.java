package nl.personacanvas.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The status bar at the bottom of the main window: the last message, where the workbook is saved,
 * whether everything is saved, how many personas it holds and what the last check found.
 */
public final class StatusBarViewModel {
    private final StatusLine status;
    private final ObservableBooleanValue busy;
    private final StringBinding file;
    private final StringBinding fileDetail;
    private final BooleanBinding hasFile;
    private final StringBinding saved;
    private final StringBinding personas;
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final IntegerProperty personaCount = new SimpleIntegerProperty(this, "personaCount");
    private final StringProperty checkSummary = new SimpleStringProperty(this, "checkSummary", "");
    private final StringProperty checkDetail = new SimpleStringProperty(this, "checkDetail", "");
    private final StringProperty checkFigures = new SimpleStringProperty(this, "checkFigures", "");

    public StatusBarViewModel(WorkbookDocument document, Messages messages, StatusLine status,
                              ObservableBooleanValue busy) {
        this.status = status;
        this.busy = busy;
        this.file = Bindings.createStringBinding(() -> {
            Path path = document.file();
            return path == null ? messages.get("statusbar.file.none") : path.toString();
        }, document.fileProperty(), messages.localeProperty());
        this.hasFile = document.fileProperty().isNotNull();
        dirty.set(document.isDirty());
        document.dirtyProperty().addListener((obs, was, now) -> dirty.set(now));
        // With a file, nothing unsaved is simply "Opgeslagen": the longer sentence left no room at 1024 px for a message
        // beside the check's figures (session 24). Without a file there is no saved state apart from the file part's
        // "Nog niet opgeslagen als bestand": "Niet-opgeslagen wijzigingen" beside it said nearly the same and took the
        // message's room at 1024 px ("Kopie…evraagd", ux27b); "Geen openstaande wijzigingen" beside it read as a
        // contradiction. The window's title marks the changes, the file part's tooltip names them.
        this.saved = Bindings.createStringBinding(() -> document.file() == null ? ""
                        : messages.get(dirty.get() ? "statusbar.dirty" : "statusbar.saved.file"),
                dirty, document.fileProperty(), messages.localeProperty());
        this.fileDetail = Bindings.createStringBinding(() -> document.file() != null ? document.file().toString()
                        : messages.get(dirty.get() ? "statusbar.file.none.dirty" : "statusbar.file.none"),
                dirty, document.fileProperty(), messages.localeProperty());
        // A property set on change, not a binding of the workbook: a keystroke must not reach the label.
        personaCount.set(document.workbook().personas().size());
        document.workbookProperty().addListener((obs, old, now) -> personaCount.set(now.personas().size()));
        this.personas = Bindings.createStringBinding(() -> messages.get("statusbar.personas", personaCount.get()),
                personaCount, messages.localeProperty());
    }

    /** The newest status message ("Opgeslagen: school.pcanvas"). */
    public ObservableStringValue messageProperty() {
        return status.textProperty();
    }

    public ObservableBooleanValue busyProperty() {
        return busy;
    }

    /** The workbook's full path, or that it has none yet. */
    public StringBinding fileProperty() {
        return file;
    }

    /**
     * The file part's tooltip and what a screen reader says: the whole path, or without a file whether the window
     * holds changes that are nowhere else.
     */
    public StringBinding fileDetailProperty() {
        return fileDetail;
    }

    /** False while the file part says "Nog niet opgeslagen als bestand": a sentence, not a path to cut. */
    public BooleanBinding hasFileProperty() {
        return hasFile;
    }

    /** "Opgeslagen" or "Niet-opgeslagen wijzigingen"; empty without a file, where the file part says it all. */
    public StringBinding savedProperty() {
        return saved;
    }

    public StringBinding personasProperty() {
        return personas;
    }

    /** The last check of the shown persona in short (figures and badges); the window binds it. */
    public StringProperty checkSummaryProperty() {
        return checkSummary;
    }

    /**
     * The figures of {@link #checkSummaryProperty()} alone, which the bar shows when the summary does not fit; the
     * window binds it.
     */
    public StringProperty checkFiguresProperty() {
        return checkFigures;
    }

    /** The check panel's whole sentence, the short form's tooltip; the window binds it. */
    public StringProperty checkDetailProperty() {
        return checkDetail;
    }
}
