package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private final WorkbookDocument document = new WorkbookDocument();
    private final Messages messages = new Messages(Locale.forLanguageTag("nl"));
    private final StatusLine status = new StatusLine();
    private final StatusBarViewModel statusBar = new StatusBarViewModel(document, messages, status,
            new SimpleBooleanProperty(false));

    @Test
    void followsTheFileItsStateAndItsPersonas() {
        assertThat(statusBar.fileProperty().get()).isEqualTo("Nog niet opgeslagen als bestand");
        // Without a file, nothing unsaved is not "Opgeslagen": the file part alone says it is not saved as a file yet,
        // and its tooltip whether the window holds changes (ux27b).
        assertThat(statusBar.savedProperty().get()).isEmpty();
        assertThat(statusBar.fileDetailProperty().get()).isEqualTo("Nog niet opgeslagen als bestand");
        document.openUnsaved(TestWorkbooks.twoPersonas(), null);
        assertThat(statusBar.savedProperty().get()).isEmpty();
        assertThat(statusBar.fileDetailProperty().get())
                .isEqualTo("Nog niet opgeslagen als bestand; de wijzigingen staan alleen in dit venster");
        Path file = Path.of("/tmp/school.pcanvas");
        document.open(TestWorkbooks.twoPersonas(), file);
        assertThat(statusBar.fileProperty().get()).isEqualTo(file.toString());
        assertThat(statusBar.fileDetailProperty().get()).isEqualTo(file.toString());
        assertThat(statusBar.savedProperty().get()).isEqualTo("Opgeslagen");
        assertThat(statusBar.personasProperty().get()).isEqualTo("Persona's: 2");

        document.apply("undo.newPersona", null, wb -> wb.addPersona(
                Persona.create("Sanne", "", "k-stage", Instant.parse("2026-03-02T10:00:00Z"))));
        assertThat(statusBar.savedProperty().get()).isEqualTo("Niet-opgeslagen wijzigingen");
        assertThat(statusBar.personasProperty().get()).isEqualTo("Persona's: 3");
        document.undo();
        assertThat(statusBar.savedProperty().get()).isEqualTo("Opgeslagen");

        messages.localeProperty().set(Locale.ENGLISH);
        assertThat(statusBar.personasProperty().get()).isEqualTo("Personas: 2");
        assertThat(statusBar.savedProperty().get()).isEqualTo("Saved");
    }

    @Test
    void announcementsReachTheStatusLineAndTheAnnouncer() {
        List<String> announced = new ArrayList<>();
        status.setAnnouncer(announced::add);
        status.show("Geopend: school.pcanvas");
        status.announce("Opgeslagen: school.pcanvas");
        assertThat(statusBar.messageProperty().get()).isEqualTo("Opgeslagen: school.pcanvas");
        assertThat(announced).containsExactly("Opgeslagen: school.pcanvas");
    }
}
