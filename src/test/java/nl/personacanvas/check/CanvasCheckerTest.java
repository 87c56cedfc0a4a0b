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

    private static Persona persona(Map<Quadrant, List<Entry>> entries) {
        return Persona.create("Laura", "begeleidt studenten bij een internationale stage", "act", Instant.EPOCH)
                .withCanvas(Canvas.of(entries));
    }

    private static Map<Quadrant, List<Entry>> canvas() {
        Map<Quadrant, List<Entry>> m = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            m.put(q, new ArrayList<>());
        }
        return m;
    }

    @Test
    void flagsAnEntryThatClearlyFitsAnotherQuadrantWithTheSuggestion() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.ORGANISE).add(entry("e1", "Ontwikkelt opdrachten en evaluaties met interculturele dimensies voor de stage in het buitenland"));
        c.get(Quadrant.DESIGN).add(entry("e2", "Is flexibel"));
        CheckReport r = checker.check(persona(c), "A4");
        EntryFinding e1 = r.finding("e1").orElseThrow();
        assertThat(e1.flags()).containsExactly(EntryFlag.MISPLACED);
        assertThat(e1.suggested()).isEqualTo(Quadrant.DESIGN);
        assertThat(r.finding("e2").orElseThrow().suggested()).isEqualTo(Quadrant.ATTITUDE);
    }

    @Test
    void anEntryInItsRightQuadrantIsNotFlagged() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DELIVER).add(entry("e1", "Coacht op afstand de stagiair in Spanje"));
        EntryFinding f = checker.check(persona(c), "A4").finding("e1").orElseThrow();
        assertThat(f.flags()).isEmpty();
        assertThat(f.bestFit()).isEqualTo(Placement.DELIVER);
    }

    @Test
    void flagsTooGeneralAndAnotherPersonsTask() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.ORGANISE).add(entry("e1", "Kan goed plannen"));
        c.get(Quadrant.ORGANISE).add(entry("e2", "International office regelt het visum"));
        CheckReport r = checker.check(persona(c), "A4");
        assertThat(r.finding("e1").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
        assertThat(r.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.OTHER_PERSON);
        assertThat(r.count(EntryFlag.TOO_GENERAL)).isEqualTo(1);
    }

    @Test
    void flagsOverlapWithTheTwin() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DELIVER).add(entry("e1", "Begeleidt studenten bij heimwee in het buitenland"));
        c.get(Quadrant.DELIVER).add(entry("e2", "Coacht op afstand met oog voor het gastland"));
        c.get(Quadrant.ATTITUDE).add(entry("e3", "begeleiden van studenten met heimwee in het buitenland"));
        CheckReport r = checker.check(persona(c), "A4");
        assertThat(r.finding("e1").orElseThrow().overlapsWith()).isEqualTo("e3");
        assertThat(r.finding("e3").orElseThrow().overlapsWith()).isEqualTo("e1");
        assertThat(r.finding("e2").orElseThrow().has(EntryFlag.OVERLAP)).isFalse();
    }

    @Test
    void coverageCountsTheCellsElementsAndQuotesWhatIsMissingVerbatim() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DELIVER).add(entry("e1", "Coacht op afstand met oog voor de behoefte van de student"));
        c.get(Quadrant.DELIVER).add(entry("e2", "Speelt flexibel in op onverwachte dilemma's en crises"));
        CheckReport r = checker.check(persona(c), "A4");
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
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DESIGN).add(new Entry("e1", "Maakt een opdracht over het gastland",
                List.of("A4.design.1"), ""));
        CheckReport r = checker.check(persona(c), "A4");
        EntryFinding f = r.finding("e1").orElseThrow();
        assertThat(f.elements()).containsExactly(new ElementMatch("A4.design.1", 1.0, true));
        assertThat(r.coverage().quadrant(Quadrant.DESIGN).orElseThrow().covered())
                .extracting(MatrixElement::id).containsExactly("A4.design.1");
    }

    @Test
    void attitudeCoverageListsSharedAndSpecificAttitudes() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.ATTITUDE).add(entry("e1", "Toont flexibiliteit en veel inlevingsvermogen"));
        c.get(Quadrant.ATTITUDE).add(entry("e2", "Daadkrachtig"));
        AttitudeCoverage a = checker.check(persona(c), "A4").coverage().attitudes();
        assertThat(a.present()).extracting(Attitude::name).containsExactly("flexibel", "empathisch", "daadkrachtig");
        assertThat(a.total()).isEqualTo(10);
        assertThat(a.missing()).extracting(Attitude::name).contains("benaderbaar", "verbindend", "open-minded");
    }

    @Test
    void aSchoolsOwnActivityGetsFitFlagsProfessionalRowAndSharedAttitudes() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DESIGN).add(entry("e1", "Heeft oog voor de achtergrond van studenten en partners"));
        c.get(Quadrant.ORGANISE).add(entry("e2", "Kan goed plannen"));
        c.get(Quadrant.ATTITUDE).add(entry("e3", "Is nieuwsgierig en daadkrachtig"));
        CheckReport r = checker.check(persona(c), (String) null);
        assertThat(r.isOwnActivity()).isTrue();
        assertThat(r.coverage().quadrants()).isEmpty();
        assertThat(r.coverage().professionalCovered()).extracting(MatrixElement::id).contains("P.5");
        assertThat(r.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
        assertThat(r.coverage().attitudes().total()).isEqualTo(7);
        assertThat(r.coverage().attitudes().present()).extracting(Attitude::name).containsExactly("nieuwsgierig");
    }

    @Test
    void summaryLineInDutchAndEnglish() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.ORGANISE).add(entry("e1", "Kan goed plannen"));
        c.get(Quadrant.ATTITUDE).add(entry("e2", "Is flexibel"));
        CheckReport r = checker.check(persona(c), "A4");
        assertThat(r.summary(Locale.forLanguageTag("nl-NL")))
                .startsWith("0 van 14 matrixelementen gedekt, 1 van 10 houdingen")
                .contains("1 te algemeen");
        assertThat(r.summary(Locale.ENGLISH))
                .startsWith("0 of 14 matrix elements covered, 1 of 10 attitudes")
                .contains("1 too general");
    }

    @Test
    void reCheckingAfterOneEditChangesOnlyThatEntrysFinding() {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DELIVER).add(entry("e1", "Coacht op afstand de stagiair in Spanje"));
        c.get(Quadrant.ORGANISE).add(entry("e2", "Regelt de stageplaats in Spanje"));
        Persona before = persona(c);
        CheckReport first = checker.check(before, "A4");
        Persona after = before.withCanvas(before.canvas().replace(entry("e2", "Kan goed plannen")));
        CheckReport second = checker.check(after, "A4");
        assertThat(second.finding("e1")).isEqualTo(first.finding("e1"));
        assertThat(second.finding("e2").orElseThrow().flags()).containsExactly(EntryFlag.TOO_GENERAL);
    }

    @Test
    void checkingFromManyThreadsGivesTheSameReports() throws Exception {
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.DESIGN).add(entry("e1", "Formuleert leeruitkomsten voor de stage in Ierland"));
        c.get(Quadrant.ATTITUDE).add(entry("e2", "Is benaderbaar"));
        Persona p = persona(c);
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
        Map<Quadrant, List<Entry>> c = canvas();
        c.get(Quadrant.ORGANISE).add(entry("e1", "Regelt de stageplaats in Spanje"));
        Persona p = persona(c);
        CanvasChecker prepared = new CanvasChecker(matrix);
        prepared.prepare();
        assertThat(prepared.check(p, "A4")).isEqualTo(new CanvasChecker(matrix).check(p, "A4"));
    }
}
