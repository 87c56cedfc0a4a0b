package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CanvasCheckerTest {
    private static CanvasChecker checker;
    private static CompetencyMatrix matrix;

    @BeforeAll
    static void load() {
        matrix = CompetencyMatrix.loadBundled();
        checker = new CanvasChecker(matrix);
    }

    private static Entry entry(String id, String text) {
        return new Entry(id, text, List.of(), "");
    }

    /** One note on the canvas: an entry in its quadrant. */
    private record Note(Quadrant quadrant, Entry entry) {
    }

    private static Note note(Quadrant quadrant, String id, String text) {
        return new Note(quadrant, entry(id, text));
    }

    private static Persona persona(Note... notes) {
        Map<Quadrant, List<Entry>> entries = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            entries.put(q, new ArrayList<>());
        }
        for (Note n : notes) {
            entries.get(n.quadrant()).add(n.entry());
        }
        return Persona.create("Laura", "begeleidt studenten bij een internationale stage", "act", Instant.EPOCH)
                .withCanvas(Canvas.of(entries));
    }

    /** Checks the notes as a persona of core activity A4, Stages in het buitenland. */
    private static CheckReport checkA4(Note... notes) {
        return checker.check(persona(notes), "A4");
    }

    @Test
    void flagsAnEntryThatClearlyFitsAnotherQuadrantWithTheSuggestion() {
        CheckReport r = checkA4(
                note(Quadrant.ORGANISE, "e1", "Ontwikkelt opdrachten en evaluaties met interculturele dimensies voor de stage in het buitenland"),
                note(Quadrant.DESIGN, "e2", "Is flexibel"));
        EntryFinding e1 = r.finding("e1").orElseThrow();
        assertThat(e1.flags()).containsExactly(EntryFlag.MISPLACED);
        assertThat(e1.suggested()).isEqualTo(Quadrant.DESIGN);
        assertThat(r.finding("e2").orElseThrow().suggested()).isEqualTo(Quadrant.ATTITUDE);
    }

    @Test
    void anEntryInItsRightQuadrantIsNotFlagged() {
        EntryFinding f = checkA4(
                note(Quadrant.DELIVER, "e1", "Coacht op afstand de stagiair in Spanje")).finding("e1").orElseThrow();
        assertThat(f.flags()).isEmpty();
        assertThat(f.bestFit()).isEqualTo(Placement.DELIVER);
    }

    @Test
    void flagsTooGeneralAndAnotherPersonsTask() {
        CheckReport r = checkA4(
                note(Quadrant.ORGANISE, "e1", "Kan goed plannen"),
                note(Quadrant.ORGANISE, "e2", "International office regelt het visum"));
        assertThat(r.finding("e1").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
        assertThat(r.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.OTHER_PERSON);
        assertThat(r.count(EntryFlag.TOO_GENERAL)).isEqualTo(1);
    }

    /**
     * A note just added and not typed in yet is no statement: no finding, so no badge, and it counts nowhere. It
     * was flagged too general and counted in the summary ("2 te algemeen") until something was typed.
     */
    @Test
    void anEntryWithoutTextGetsNoFindingAndCountsNowhere() {
        Note typed = note(Quadrant.ATTITUDE, "e1", "Is flexibel");
        CheckReport withEmpty = checkA4(typed, note(Quadrant.DESIGN, "e2", ""), note(Quadrant.ORGANISE, "e3", "  \n "));
        CheckReport without = checkA4(typed);
        assertThat(withEmpty.finding("e2")).isEmpty();
        assertThat(withEmpty.finding("e3")).isEmpty();
        assertThat(withEmpty.entries()).extracting(EntryFinding::entryId).containsExactly("e1");
        assertThat(withEmpty.count(EntryFlag.TOO_GENERAL)).isZero();
        assertThat(withEmpty.coverage()).isEqualTo(without.coverage());
        assertThat(withEmpty.summary(Locale.forLanguageTag("nl-NL"))).contains("geen te algemeen")
                .isEqualTo(without.summary(Locale.forLanguageTag("nl-NL")));
        // The command line's text shows the same: the typed entry, no line for the empty ones.
        Persona shown = persona(typed, note(Quadrant.DESIGN, "e2", ""));
        String text = new CheckReportText(Locale.forLanguageTag("nl-NL"))
                .render(Workbook.empty().withPersonas(List.of(shown)), shown, withEmpty);
        assertThat(text).doesNotContain("te algemeen:").contains("- [Houding] Is flexibel")
                .doesNotContain("- [Ontwerpen & Ontwikkelen]");
        // And a whole-workbook check (export, command line) agrees with the one-persona check.
        Persona persona = persona(typed, note(Quadrant.DESIGN, "e2", ""));
        assertThat(checker.checkAll(List.of(persona), p -> "A4").get(persona.id()))
                .isEqualTo(checker.check(persona, "A4"));
    }

    @Test
    void flagsOverlapWithTheTwin() {
        CheckReport r = checkA4(
                note(Quadrant.DELIVER, "e1", "Begeleidt studenten bij heimwee in het buitenland"),
                note(Quadrant.DELIVER, "e2", "Coacht op afstand met oog voor het gastland"),
                note(Quadrant.ATTITUDE, "e3", "begeleiden van studenten met heimwee in het buitenland"));
        assertThat(r.finding("e1").orElseThrow().overlapsWith()).isEqualTo("e3");
        assertThat(r.finding("e3").orElseThrow().overlapsWith()).isEqualTo("e1");
        assertThat(r.finding("e2").orElseThrow().has(EntryFlag.OVERLAP)).isFalse();
    }

    @Test
    void coverageCountsTheCellsElementsAndQuotesWhatIsMissingVerbatim() {
        CheckReport r = checkA4(
                note(Quadrant.DELIVER, "e1", "Coacht op afstand met oog voor de behoefte van de student"),
                note(Quadrant.DELIVER, "e2", "Speelt flexibel in op onverwachte dilemma's en crises"));
        QuadrantCoverage deliver = r.coverage().quadrant(Quadrant.DELIVER).orElseThrow();
        List<MatrixElement> cell = matrix.cell("A4", Quadrant.DELIVER).elements();
        assertThat(deliver.covered()).extracting(MatrixElement::id)
                .contains("A4.deliver.1", "A4.deliver.2", "A4.deliver.5");
        assertThat(deliver.total()).isEqualTo(cell.size());
        assertThat(deliver.coverage()).isEqualTo((double) deliver.covered().size() / cell.size());
        assertThat(deliver.missing()).extracting(MatrixElement::excerpt)
                .contains("helpen studenten reflecteren op interculturele ervaringen");
        QuadrantCoverage design = r.coverage().quadrant(Quadrant.DESIGN).orElseThrow();
        assertThat(design.coverage()).isZero();
        assertThat(design.missing()).hasSize(matrix.cell("A4", Quadrant.DESIGN).elements().size());
        assertThat(r.coverage().totalElements()).isEqualTo(
                matrix.allElements().stream().filter(e -> "A4".equals(e.activityId())).count());
    }

    @Test
    void aPersonsLinksWinOverAutomaticMatchesAndCountForCoverage() {
        CheckReport r = checkA4(
                new Note(Quadrant.DESIGN, new Entry("e1", "Maakt een opdracht over het gastland", List.of("A4.design.1"), "")));
        EntryFinding f = r.finding("e1").orElseThrow();
        assertThat(f.elements()).containsExactly(new ElementMatch("A4.design.1", 1.0, true));
        assertThat(r.coverage().quadrant(Quadrant.DESIGN).orElseThrow().covered())
                .extracting(MatrixElement::id).containsExactly("A4.design.1");
    }

    @Test
    void attitudeCoverageListsSharedAndSpecificAttitudes() {
        AttitudeCoverage a = checkA4(
                note(Quadrant.ATTITUDE, "e1", "Toont flexibiliteit en veel inlevingsvermogen"),
                note(Quadrant.ATTITUDE, "e2", "Daadkrachtig")).coverage().attitudes();
        assertThat(a.present()).extracting(Attitude::name).containsExactly("flexibel", "empathisch", "daadkrachtig");
        assertThat(a.total()).isEqualTo(10);
        assertThat(a.missing()).extracting(Attitude::name).contains("benaderbaar", "verbindend", "open-minded");
    }

    @Test
    void aSchoolsOwnActivityGetsFitFlagsProfessionalRowAndSharedAttitudes() {
        CheckReport r = checker.check(persona(
                note(Quadrant.DESIGN, "e1", "Heeft oog voor de achtergrond van studenten en partners"),
                note(Quadrant.ORGANISE, "e2", "Kan goed plannen"),
                note(Quadrant.ATTITUDE, "e3", "Is nieuwsgierig en daadkrachtig")), (String) null);
        assertThat(r.isOwnActivity()).isTrue();
        assertThat(r.coverage().quadrants()).isEmpty();
        assertThat(r.coverage().professionalCovered()).extracting(MatrixElement::id).contains("P.5");
        assertThat(r.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
        assertThat(r.coverage().attitudes().total()).isEqualTo(7);
        assertThat(r.coverage().attitudes().present()).extracting(Attitude::name).containsExactly("nieuwsgierig");
    }

    @Test
    void summaryLineInDutchAndEnglish() {
        CheckReport r = checkA4(
                note(Quadrant.ORGANISE, "e1", "Kan goed plannen"),
                note(Quadrant.ATTITUDE, "e2", "Is flexibel"));
        assertThat(r.summary(Locale.forLanguageTag("nl-NL")))
                .startsWith("0 van 14 matrixelementen gedekt, 1 van 10 houdingen")
                .contains("1 te algemeen");
        assertThat(r.summary(Locale.ENGLISH))
                .startsWith("0 of 14 matrix elements covered, 1 of 10 attitudes")
                .contains("1 too general", "no one else’s tasks");
        CheckReport others = checkA4(
                note(Quadrant.ORGANISE, "e1", "International office regelt het visum"),
                note(Quadrant.ORGANISE, "e2", "Het reisbureau boekt de vluchten naar Madrid"));
        assertThat(others.summary(Locale.ENGLISH)).contains("2 someone else’s tasks");
        assertThat(others.summary(Locale.forLanguageTag("nl-NL"))).contains("2 taken van een ander");
    }

    /** The summary calls an entry what the editor calls it: "notitie", English "entry" ("kaartje" before). */
    @Test
    void summaryLineCallsAMisplacedEntryANotitie() {
        Note misplaced = note(Quadrant.ORGANISE, "e1",
                "Ontwikkelt opdrachten en evaluaties met interculturele dimensies voor de stage in het buitenland");
        CheckReport one = checkA4(misplaced);
        CheckReport two = checkA4(misplaced, note(Quadrant.DESIGN, "e2", "Is flexibel"));
        assertThat(one.summary(Locale.forLanguageTag("nl-NL"))).contains("1 notitie misplaatst");
        assertThat(two.summary(Locale.forLanguageTag("nl-NL"))).contains("2 notities misplaatst");
        assertThat(one.summary(Locale.ENGLISH)).contains("1 entry misplaced");
        assertThat(two.summary(Locale.ENGLISH)).contains("2 entries misplaced");
    }

    @Test
    void reCheckingAfterOneEditChangesOnlyThatEntrysFinding() {
        Persona before = persona(
                note(Quadrant.DELIVER, "e1", "Coacht op afstand de stagiair in Spanje"),
                note(Quadrant.ORGANISE, "e2", "Regelt de stageplaats in Spanje"));
        CheckReport first = checker.check(before, "A4");
        Persona after = before.withCanvas(before.canvas().replace(entry("e2", "Kan goed plannen")));
        CheckReport second = checker.check(after, "A4");
        assertThat(second.finding("e1")).isEqualTo(first.finding("e1"));
        assertThat(second.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
    }

    @Test
    void checkingFromManyThreadsGivesTheSameReports() throws Exception {
        Persona p = persona(
                note(Quadrant.DESIGN, "e1", "Formuleert leeruitkomsten voor de stage in Ierland"),
                note(Quadrant.ATTITUDE, "e2", "Is benaderbaar"));
        CheckReport expected = new CanvasChecker(matrix).check(p, "A4");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CheckReport>> results = new ArrayList<>();
            CanvasChecker shared = new CanvasChecker(matrix);
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> shared.check(p, "A4")));
            }
            for (Future<CheckReport> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCheckerPreparedAheadChecksLikeOneThatLoadsOnFirstUse() {
        Persona p = persona(
                note(Quadrant.ORGANISE, "e1", "Regelt de stageplaats in Spanje"));
        CanvasChecker prepared = new CanvasChecker(matrix);
        prepared.prepare();
        assertThat(prepared.check(p, "A4")).isEqualTo(new CanvasChecker(matrix).check(p, "A4"));
    }

    @Test
    void aWorkbookCheckGivesTheReportsOfCheckingOneByOneWhateverTheCacheHolds() {
        Persona first = persona(
                note(Quadrant.DESIGN, "e1", "Formuleert leeruitkomsten voor de stage in Ierland"),
                note(Quadrant.ORGANISE, "e2", "International office regelt het visum"));
        Persona second = persona(
                note(Quadrant.DESIGN, "e1", "Formuleert leeruitkomsten voor de stage in Ierland"),
                note(Quadrant.DELIVER, "e2", "Coacht op afstand de stagiair in Spanje"),
                note(Quadrant.ATTITUDE, "e3", "Is flexibel"));
        Persona own = persona(
                note(Quadrant.DELIVER, "e1", "Coacht op afstand de stagiair in Spanje"),
                note(Quadrant.DESIGN, "e2", "Kan goed plannen"));
        CanvasChecker oneByOne = new CanvasChecker(matrix);
        // The same texts under another activity and a school's own: verdicts are per activity.
        CheckReport firstA4 = oneByOne.check(first, "A4");
        CheckReport secondA1 = oneByOne.check(second, "A1");
        CheckReport ownReport = oneByOne.check(own, (String) null);

        CanvasChecker warm = new CanvasChecker(matrix);
        warm.check(first, "A4");
        Map<String, String> activities = Map.of(first.id(), "A4", second.id(), "A1");
        Map<String, CheckReport> all = warm.checkAll(List.of(first, second, own), p -> activities.get(p.id()));
        assertThat(all.get(first.id())).isEqualTo(firstA4);
        assertThat(all.get(second.id())).isEqualTo(secondA1);
        assertThat(all.get(own.id())).isEqualTo(ownReport);
    }

    @Test
    void aTextReservedButNotYetAnalysedIsAnalysedByTheCheckThatMeetsIt() {
        Persona p = persona(note(Quadrant.DELIVER, "e1", "Coacht op afstand de stagiair in Spanje"));
        CanvasChecker shared = new CanvasChecker(matrix);
        // As a workbook check on another thread leaves it between its first and second round.
        shared.reserve("Coacht op afstand de stagiair in Spanje", new ArrayList<>());
        assertThat(shared.check(p, "A4")).isEqualTo(new CanvasChecker(matrix).check(p, "A4"));
    }
}
