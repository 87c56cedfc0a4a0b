package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasViewModelTest {
    private static final Instant LATER = Instant.parse("2026-04-01T09:00:00Z");
    private final WorkbookDocument document = new WorkbookDocument();
    private CanvasViewModel canvas;

    @BeforeEach
    void setUp() {
        document.open(TestWorkbooks.twoPersonas(), null);
        canvas = new CanvasViewModel(document, CompetencyMatrix.loadBundled(), Clock.fixed(LATER, ZoneOffset.UTC));
        canvas.personaIdProperty().set("p-laura");
    }

    private Persona laura() {
        return document.workbook().persona("p-laura").orElseThrow();
    }

    private List<String> texts(Quadrant q) {
        return laura().canvas().entries(q).stream().map(Entry::text).toList();
    }

    @Test
    void showsTheSelectedPersona() {
        assertThat(canvas.showingProperty().get()).isTrue();
        assertThat(canvas.nameProperty().get()).isEqualTo("Laura");
        assertThat(canvas.headlineProperty().get()).isEqualTo("Laura begeleidt studenten bij een internationale stage.");
        assertThat(canvas.activityProperty().get().id()).isEqualTo("k-stage");
        assertThat(canvas.entries(Quadrant.ORGANISE)).extracting(e -> e.textProperty().get())
                .containsExactly("Contact met stagebedrijven", "Verzekeringen");
        canvas.personaIdProperty().set(null);
        assertThat(canvas.showingProperty().get()).isFalse();
        assertThat(canvas.entries(Quadrant.ORGANISE)).isEmpty();
    }

    /**
     * A role of 1,000 characters (the longest a workbook holds) filled the canvas's headline with some 25 lines above
     * the fields (session 20's leftover): the headline shows its start and " …", the whole one is there for the
     * tooltip; a headline that fits has none.
     */
    @Test
    void aHeadlineOfTheLongestRoleIsCutShortAndKeptWholeForItsTooltip() {
        assertThat(canvas.wholeHeadlineProperty().get()).as("Laura's fits").isEmpty();
        String role = ("regelt de stages in Duitsland en Spanje en bezoekt de studenten " .repeat(16)).substring(0, 1000);
        canvas.roleProperty().set(role);

        String shown = canvas.headlineProperty().get();
        assertThat(shown).startsWith("Laura regelt de stages").endsWith(" \u2026");
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(CanvasViewModel.HEADLINE_SHOWN + 2);
        assertThat(canvas.wholeHeadlineProperty().get()).isEqualTo(laura().headline()).hasSizeGreaterThan(1000);

        canvas.roleProperty().set("regelt de stages");
        assertThat(canvas.headlineProperty().get()).isEqualTo("Laura regelt de stages.");
        assertThat(canvas.wholeHeadlineProperty().get()).isEmpty();
    }

    @Test
    void typingWritesThroughAndKeepsTheSameEntryViewModel() {
        EntryViewModel first = canvas.entries(Quadrant.DESIGN).get(0);
        first.textProperty().set("Stageopdrachten met");
        first.textProperty().set("Stageopdrachten met leeruitkomsten");

        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten met leeruitkomsten");
        assertThat(canvas.entries(Quadrant.DESIGN).get(0)).isSameAs(first);
        assertThat(laura().modified()).isEqualTo(LATER);
        document.undo();
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten");
        assertThat(first.textProperty().get()).isEqualTo("Stageopdrachten");
    }

    @Test
    void headerFieldsWriteThrough() {
        canvas.nameProperty().set("Lotte");
        canvas.roleProperty().set("organiseert uitwisselingen");
        canvas.authorsProperty().set("Anna, Bert; Cem");
        canvas.activityProperty().set(document.workbook().activity("k-klas").orElseThrow());

        assertThat(laura().name()).isEqualTo("Lotte");
        assertThat(laura().role()).isEqualTo("organiseert uitwisselingen");
        assertThat(laura().authors()).containsExactly("Anna", "Bert", "Cem");
        assertThat(laura().activityId()).isEqualTo("k-klas");
        assertThat(canvas.headlineProperty().get()).isEqualTo("Lotte organiseert uitwisselingen.");
    }

    @Test
    void authorsBeingTypedAreNotReformatted() {
        canvas.authorsProperty().set("Anna, ");
        assertThat(canvas.authorsProperty().get()).isEqualTo("Anna, ");
        assertThat(laura().authors()).containsExactly("Anna");
    }

    @Test
    void addsEntriesAfterAnotherOrAtTheEnd() {
        String id = canvas.addEntry(Quadrant.ORGANISE, "e-o1").orElseThrow();
        assertThat(laura().canvas().indexOf(Quadrant.ORGANISE, id)).isEqualTo(1);
        canvas.addEntries(Quadrant.ATTITUDE, null, List.of("Open", "Nieuwsgierig"));
        assertThat(texts(Quadrant.ATTITUDE)).containsExactly("Benaderbaar", "Open", "Nieuwsgierig");
        document.undo();
        assertThat(texts(Quadrant.ATTITUDE)).containsExactly("Benaderbaar");
    }

    @Test
    void removesAnEntry() {
        canvas.removeEntry("e-o1");
        assertThat(texts(Quadrant.ORGANISE)).containsExactly("Verzekeringen");
    }

    @Test
    void movesBetweenQuadrantsByDirectionAndWithinByShift() {
        assertThat(canvas.moveEntryTowards("e-o1", QuadrantGrid.Direction.UP)).contains(Quadrant.DESIGN);
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten", "Contact met stagebedrijven");
        assertThat(canvas.moveEntryTowards("e-o1", QuadrantGrid.Direction.LEFT)).isEmpty();

        canvas.shiftEntry("e-o1", -1);
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Contact met stagebedrijven", "Stageopdrachten");
        canvas.shiftEntry("e-o1", -1);
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Contact met stagebedrijven", "Stageopdrachten");

        canvas.moveEntry("e-d1", Quadrant.ATTITUDE, 0);
        assertThat(texts(Quadrant.ATTITUDE)).containsExactly("Stageopdrachten", "Benaderbaar");
    }

    @Test
    void notesWriteThrough() {
        canvas.entries(Quadrant.DELIVER).get(0).noteProperty().set("ook via mail");
        assertThat(laura().canvas().find("e-u1").orElseThrow().note()).isEqualTo("ook via mail");
    }

    @Test
    void linkOptionsFollowTheActivityAndQuadrant() {
        assertThat(canvas.linkOptions(Quadrant.ORGANISE)).extracting(LinkOption::id)
                .anyMatch(id -> id.startsWith("A4.organise."))
                .anyMatch(id -> id.startsWith("P."))
                .noneMatch(id -> id.startsWith("A1."));
        assertThat(canvas.linkOptions(Quadrant.ATTITUDE)).extracting(LinkOption::label)
                .contains("flexibel", "daadkrachtig");
        canvas.personaIdProperty().set("p-ahmed");
        assertThat(canvas.linkOptions(Quadrant.DESIGN)).extracting(LinkOption::id)
                .anyMatch(id -> id.startsWith("A1.design."));
    }

    @Test
    void linksAreSetAsOneUndoStep() {
        canvas.setLinks("e-o1", List.of("A4.organise.1", "P.1"));
        assertThat(laura().canvas().find("e-o1").orElseThrow().links()).containsExactly("A4.organise.1", "P.1");
        assertThat(canvas.entries(Quadrant.ORGANISE).get(0).linksProperty().get()).hasSize(2);
        document.undo();
        assertThat(laura().canvas().find("e-o1").orElseThrow().links()).isEmpty();
    }

    @Test
    void thePickerOffersTheMatrixActivitiesAndTheWorkbooksOwn() {
        // The workbook has A4 and A1; the picker lists A1-A5 in the matrix's order.
        assertThat(canvas.activities()).extracting(a -> a.matrixActivity().orElse("own"))
                .containsExactly("A1", "A2", "A3", "A4", "A5");
        assertThat(canvas.activities()).filteredOn(canvas::inWorkbook).extracting(a -> a.id())
                .containsExactly("k-klas", "k-stage");
        CoreActivity own = new CoreActivity("k-eigen", null, "Eigen activiteit", ActivityGroup.AT_HOME);
        document.apply("add", null, wb -> wb.withActivities(
                java.util.stream.Stream.concat(wb.activities().stream(), java.util.stream.Stream.of(own)).toList()));
        assertThat(canvas.activities()).last().isEqualTo(own);
    }

    @Test
    void choosingAMatrixActivityTheWorkbookLacksAddsItInOneUndoStep() {
        CoreActivity a2 = canvas.activities().stream().filter(a -> a.matrixId().equals("A2")).findFirst().orElseThrow();
        assertThat(canvas.inWorkbook(a2)).isFalse();
        int activitiesBefore = document.workbook().activities().size();

        canvas.activityProperty().set(a2);

        assertThat(document.workbook().activities()).hasSize(activitiesBefore + 1).contains(a2);
        assertThat(laura().activityId()).isEqualTo(a2.id());
        assertThat(canvas.inWorkbook(a2)).isTrue();
        assertThat(canvas.activities()).filteredOn(a -> "A2".equals(a.matrixId())).containsExactly(a2);

        document.undo();
        assertThat(document.workbook().activities()).hasSize(activitiesBefore).doesNotContain(a2);
        assertThat(laura().activityId()).isEqualTo("k-stage");
        assertThat(canvas.activityProperty().get().id()).isEqualTo("k-stage");
        document.redo();
        assertThat(laura().activityId()).isEqualTo(a2.id());
    }

    @Test
    void linkingKeepsLinksTheListDoesNotOffer() {
        canvas.setLinks("e-o1", List.of("A4.design.1"));
        EntryViewModel organise = canvas.entries(Quadrant.ORGANISE).get(0);
        EntryLinksViewModel links = new EntryLinksViewModel(canvas, organise, Quadrant.ORGANISE);
        assertThat(links.options()).noneMatch(links::isLinked);
        LinkOption first = links.options().get(0);

        links.link(List.of(first));
        assertThat(laura().canvas().find("e-o1").orElseThrow().links()).containsExactly("A4.design.1", first.id());
        assertThat(links.isLinked(first)).isTrue();
        links.link(List.of());
        assertThat(laura().canvas().find("e-o1").orElseThrow().links()).containsExactly("A4.design.1");
    }

    @Test
    void gridNeighbours() {
        assertThat(QuadrantGrid.neighbour(Quadrant.DESIGN, QuadrantGrid.Direction.RIGHT)).contains(Quadrant.DELIVER);
        assertThat(QuadrantGrid.neighbour(Quadrant.DELIVER, QuadrantGrid.Direction.DOWN)).contains(Quadrant.ATTITUDE);
        assertThat(QuadrantGrid.neighbour(Quadrant.ATTITUDE, QuadrantGrid.Direction.LEFT)).contains(Quadrant.ORGANISE);
        assertThat(QuadrantGrid.neighbour(Quadrant.DESIGN, QuadrantGrid.Direction.UP)).isEmpty();
    }
}
