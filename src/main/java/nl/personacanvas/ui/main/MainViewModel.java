package nl.personacanvas.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The main window's state: which workbook is open (title, dirty marker), the status line, and the
 * parts the window is made of. Menu actions land here or in {@link FileCommands}.
 */
public final class MainViewModel {
    private final WorkbookDocument document;
    private final Messages messages;
    private final FileCommands files;
    private final PersonaListViewModel personas;
    private final StatusLine status;
    private final StringBinding title;
    private final StatusBarViewModel statusBar;
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final SidePanelFold sidePanelFold = new SidePanelFold(sidePanelShown);
    private final KeptPersonasNotice keptNotice;

    public MainViewModel(WorkbookDocument document, Messages messages, FileCommands files,
                         PersonaListViewModel personas, StatusLine status) {
        this.status = status;
        this.document = document;
        this.messages = messages;
        this.files = files;
        this.personas = personas;
        this.keptNotice = new KeptPersonasNotice(document, messages, personas.selectedPersonaIdProperty());
        files.tellKeptPersonasTo(keptNotice::kept);
        this.statusBar = new StatusBarViewModel(document, messages, status, files.busyProperty());
        this.title = Bindings.createStringBinding(this::computeTitle, document.workbookProperty(),
                document.fileProperty(), document.dirtyProperty(), messages.localeProperty());
    }

    private String computeTitle() {
        Path file = document.file();
        Workbook wb = document.workbook();
        String name;
        if (file != null) {
            name = file.getFileName().toString();
        } else if (!wb.school().isBlank()) {
            name = wb.school();
        } else {
            name = messages.get("title.untitled");
        }
        return messages.get(document.isDirty() ? "title.dirty" : "title.clean", name);
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    public WorkbookDocument document() {
        return document;
    }

    public FileCommands files() {
        return files;
    }

    public PersonaListViewModel personas() {
        return personas;
    }

    public Messages messages() {
        return messages;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Whether the right-hand panel is unfolded (when a feature has put one there). */
    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /** Whether the panel is folded away for room rather than by the user; outlives the views. */
    SidePanelFold sidePanelFold() {
        return sidePanelFold;
    }

    public StatusLine status() {
        return status;
    }

    /** The bar under the menu about personas a merge kept although one side deleted them. */
    public KeptPersonasNotice keptNotice() {
        return keptNotice;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }
}
