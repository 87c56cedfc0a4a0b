package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The canvas's edits on their own: no view-model, the shown persona given as a plain supplier. */
class PersonaEditsTest {
    private static final Instant LATER = Instant.parse("2026-04-01T09:00:00Z");
    private final WorkbookDocument document = new WorkbookDocument();
    private final AtomicReference<String> shownId = new AtomicReference<>("p-laura");
    private final PersonaEdits edits = new PersonaEdits(document, Clock.fixed(LATER, ZoneOffset.UTC),
            () -> Optional.ofNullable(shownId.get()).flatMap(document.workbook()::persona));

    @BeforeEach
    void open() {
        document.open(TestWorkbooks.twoPersonas(), null);
    }

    private Persona persona(String id) {
        return document.workbook().persona(id).orElseThrow();
    }

    private List<String> texts(Quadrant q) {
        return persona("p-laura").canvas().entries(q).stream().map(Entry::text).toList();
    }

    @Test
    void typingInOneEntryIsOneUndoStepUntilAnotherEntryIsTyped() {
        edits.editText("e-o1", "Contact");
        edits.editText("e-o1", "Contact met gastbedrijven");
        edits.editText("e-o2", "Reisverzekeringen");

        document.undo();
        assertThat(texts(Quadrant.ORGANISE)).containsExactly("Contact met gastbedrijven", "Verzekeringen");
        document.undo();
        assertThat(texts(Quadrant.ORGANISE)).containsExactly("Contact met stagebedrijven", "Verzekeringen");
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void anEditThatChangesNothingRecordsNoStepAndLeavesTheModifiedTime() {
        edits.editText("e-o1", "Contact met stagebedrijven");
        edits.removeEntry("e-does-not-exist");
        edits.shiftEntry("e-d1", -1);

        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(persona("p-laura").modified()).isEqualTo(TestWorkbooks.T0);

        edits.editNote("e-d1", "samen met de stagecoördinator");
        assertThat(persona("p-laura").modified()).isEqualTo(LATER);
    }

    @Test
    void withNoPersonaShownTheCanvasIsLeftAlone() {
        shownId.set(null);

        assertThat(edits.addEntries(Quadrant.DESIGN, null, List.of("Nieuw"))).isEmpty();
        edits.setLinks("e-o1", List.of("P.1"));
        edits.editPersona("undo.editName", "name", p -> p.withName("Lotte"));

        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(edits.quadrantOf("e-o1")).isEmpty();
    }

    @Test
    void aPortraitGoesToTheNamedPersonaWhicheverIsShown() {
        Portrait portrait = new Portrait("image/png", new byte[] {1, 2, 3});

        edits.setPortrait("p-ahmed", portrait);

        assertThat(persona("p-ahmed").portrait()).isEqualTo(portrait);
        assertThat(persona("p-laura").portrait()).isNull();
        assertThat(document.undoLabelProperty().get()).isEqualTo("undo.setPortrait");
        edits.setPortrait("p-ahmed", null);
        assertThat(persona("p-ahmed").portrait()).isNull();
    }

    @Test
    void aMoveStartsAnUndoStepOfItsOwn() {
        edits.editText("e-d1", "Stageopdrachten met leeruitkomsten");
        edits.moveEntry("e-o1", Quadrant.DESIGN, 0);
        edits.editText("e-d1", "Stageopdrachten");

        assertThat(texts(Quadrant.DESIGN)).containsExactly("Contact met stagebedrijven", "Stageopdrachten");
        document.undo();
        document.undo();
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten met leeruitkomsten");
    }
}
