package nl.personacanvas.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.EntryFlag;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.CheckSummaries;
import nl.personacanvas.pdf.EntryFlags;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.pdf.OwnActivityCheck;
import nl.personacanvas.pdf.PosterOptions;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.pdf.WorkbookReport;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (pdf28): a school's own activity has no matrix cells, so the report had no section for it under "Niet
 * gedekt per kernactiviteit". What the checker still gives for it (each note's quadrant fit and flags, the professional
 * row, the shared attitudes) now reaches the report, over the activity's personas together, from the checker itself.
 */
class OwnActivitySummaryTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static CanvasChecker checker;

    @BeforeAll
    static void load() {
        checker = new CanvasChecker(CompetencyMatrix.loadBundled());
    }

    private static Persona persona(String id, String name, String activity, Map<Quadrant, List<String>> entries) {
        Canvas canvas = Canvas.empty();
        for (Quadrant q : Quadrant.values()) {
            for (String text : entries.getOrDefault(q, List.of())) {
                canvas = canvas.add(q, Entry.of(text));
            }
        }
        return new Persona(id, name, "ontvangt gasten", activity, List.of(), null, "", T, T, canvas);
    }

    private static Workbook workbook() {
        Persona ilse = persona("p-ilse", "Ilse", "k-own", Map.of(
                Quadrant.DELIVER, List.of("Ontvangt bezoekers van partnerscholen in de les", "Kan goed plannen"),
                Quadrant.ORGANISE, List.of("Is nieuwsgierig naar hoe collega's in Finland lesgeven"),
                Quadrant.ATTITUDE, List.of("Open")));
        Persona bram = persona("p-bram", "Bram", "k-own", Map.of(
                Quadrant.DESIGN, List.of("Ontwerpt een les waarin gasten uit Polen over hun beroep vertellen"),
                Quadrant.ATTITUDE, List.of("Flexibel")));
        Persona laura = persona("p-laura", "Laura", "k-a4", Map.of(
                Quadrant.DELIVER, List.of("Coacht studenten op afstand tijdens de stage")));
        return new Workbook("Alfa-college", "", "", "", List.of(),
                List.of(new CoreActivity("k-a4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY),
                        new CoreActivity("k-own", null, "Inkomend bezoek", ActivityGroup.AT_HOME)),
                List.of(ilse, laura, bram), "2026.1");
    }

    @Test
    void anOwnActivityGetsItsPersonasFlagsAndWhatNoneShowsOfTheProfessionalRowAndTheSharedAttitudes() {
        Workbook wb = workbook();
        CheckSummaries summaries = new CheckSummaryService(checker).summarise(wb, wb.personas());
        assertThat(summaries.own()).extracting(OwnActivityCheck::activityId).containsExactly("k-own");
        OwnActivityCheck own = summaries.own().get(0);
        List<CheckReport> reports = List.of(report(wb, "p-ilse"), report(wb, "p-bram"));
        assertThat(own.flags()).extracting(EntryFlags::personaId).containsExactly("p-ilse", "p-bram");
        for (int i = 0; i < 2; i++) {
            CheckReport r = reports.get(i);
            assertThat(own.flags().get(i)).isEqualTo(new EntryFlags(r.personaId(), (int) r.count(EntryFlag.MISPLACED),
                    (int) r.count(EntryFlag.TOO_GENERAL), (int) r.count(EntryFlag.OTHER_PERSON),
                    (int) r.count(EntryFlag.OVERLAP)));
        }
        assertThat(own.flags().get(0).none()).as("Ilse's 'Kan goed plannen' is flagged").isFalse();
        CompetencyMatrix matrix = checker.matrix();
        Set<String> shown = reports.stream().flatMap(r -> r.coverage().professionalCovered().stream())
                .map(MatrixElement::id).collect(Collectors.toSet());
        assertThat(own.professionalTotal()).isEqualTo(matrix.professional().elements().size());
        assertThat(own.professionalUncovered()).containsExactlyElementsOf(matrix.professional().elements().stream()
                .filter(e -> !shown.contains(e.id())).map(MatrixElement::label).toList());
        Set<String> named = reports.stream().flatMap(r -> r.coverage().attitudes().present().stream())
                .map(Attitude::name).collect(Collectors.toSet());
        List<String> shared = matrix.sharedAttitudes().stream().map(Attitude::name).distinct().toList();
        assertThat(own.attitudesTotal()).isEqualTo(shared.size());
        assertThat(own.attitudesUncovered()).containsExactlyElementsOf(
                shared.stream().filter(a -> !named.contains(a)).toList());
        assertThat(named).as("Ilse's 'Open' and Bram's 'Flexibel' count").isNotEmpty();
    }

    @Test
    void theReportShowsTheOwnActivityUnderWhatIsNotCovered() throws Exception {
        Workbook wb = workbook();
        CheckSummaries summaries = new CheckSummaryService(checker).summarise(wb, wb.personas());
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(LocalDate.of(2026, 3, 12)), summaries, ExportMonitor.none())) {
            String text = new PDFTextStripper().getText(pdf.document()).replaceAll("\\s+", " ");
            String gaps = text.substring(text.indexOf("Niet gedekt per kernactiviteit"));
            OwnActivityCheck own = summaries.own().get(0);
            assertThat(gaps).contains("A4 · Stages in het buitenland", "Eigen · Inkomend bezoek",
                    "Kwadrant en signalen Ilse: ", "Bram: ",
                    "Professional (rijbreed) " + (own.professionalTotal() - own.professionalUncovered().size())
                            + " van " + own.professionalTotal() + " getoond",
                    "Gedeelde houdingen " + (own.attitudesTotal() - own.attitudesUncovered().size()) + " van "
                            + own.attitudesTotal() + " genoemd");
            assertThat(gaps.indexOf("Eigen · Inkomend bezoek")).isGreaterThan(gaps.indexOf("A4 · Stages"));
        }
    }

    private static CheckReport report(Workbook wb, String id) {
        Persona p = wb.persona(id).orElseThrow();
        return checker.check(p, wb.activityOf(p).orElseThrow());
    }
}
