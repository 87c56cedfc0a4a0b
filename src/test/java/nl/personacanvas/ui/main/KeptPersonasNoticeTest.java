package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.personacanvas.merge.CommonBase.KeptPersona;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;

class KeptPersonasNoticeTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final Persona laura = Persona.create("Laura", "", "", NOW);
    private final Persona joost = Persona.create("Joost", "", "", NOW);
    private final Persona ahmed = Persona.create("Ahmed", "", "", NOW);
    private final WorkbookDocument document = new WorkbookDocument();
    private final Messages messages = new Messages(Messages.DUTCH);
    private final StringProperty selected = new SimpleStringProperty();
    private final KeptPersonasNotice notice = new KeptPersonasNotice(document, messages, selected);

    private void keptLauraAndJoost() {
        document.open(Workbook.empty().addPersona(laura).addPersona(joost).addPersona(ahmed), null);
        notice.kept("werk.pcanvas", List.of(new KeptPersona(laura.id(), "Laura"), new KeptPersona(joost.id(), "Joost")));
    }

    @Test
    void twoKeptPersonasAreNamedTogetherInEitherLanguageAndTheButtonGoesFromOneToTheNext() {
        assertThat(notice.shownProperty().get()).isFalse();
        keptLauraAndJoost();

        assertThat(notice.shownProperty().get()).isTrue();
        assertThat(notice.textProperty().get()).isEqualTo("2 persona's zijn bij het samenvoegen met werk.pcanvas "
                + "bewaard (Laura, Joost): aan de ene kant verwijderd en aan de andere kant gewijzigd. Moeten ze toch "
                + "weg, verwijder ze dan zelf.");
        messages.localeProperty().set(Locale.ENGLISH);
        assertThat(notice.textProperty().get()).startsWith("2 personas were kept when merging with werk.pcanvas "
                + "(Laura, Joost)");

        selected.set(ahmed.id());
        notice.showPersona();
        assertThat(selected.get()).isEqualTo(laura.id());
        notice.showPersona();
        assertThat(selected.get()).isEqualTo(joost.id());
        notice.showPersona();
        assertThat(selected.get()).isEqualTo(laura.id());
    }

    @Test
    void theNoticeSpeaksOfThoseLeftByTheirNameOfNowAndEndsWithTheLast() {
        keptLauraAndJoost();
        document.apply("rename", null, wb -> wb.updatePersona(joost.id(), p -> p.withName("Joost de Vries")));
        document.apply("delete", null, wb -> wb.removePersona(laura.id()));

        assertThat(notice.textProperty().get()).startsWith("Joost de Vries is bij het samenvoegen met werk.pcanvas");
        assertThat(notice.shownProperty().get()).isTrue();

        document.apply("delete", null, wb -> wb.removePersona(joost.id()));
        assertThat(notice.shownProperty().get()).isFalse();
        assertThat(notice.personaIds()).isEmpty();
        document.undo();
        assertThat(notice.shownProperty().get()).as("dealt with: not back after an undo").isFalse();
    }
}
