package nl.personacanvas.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.QuadrantCoverage;
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
import nl.personacanvas.pdf.CoverageGaps;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.pdf.PosterExporter;
import nl.personacanvas.pdf.PosterFooter;
import nl.personacanvas.pdf.PosterOptions;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.pdf.WorkbookReport;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckSummaryServiceTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static CanvasChecker checker;
    private static FontLibrary fonts;

    @BeforeAll
    static void load() {
        checker = new CanvasChecker(CompetencyMatrix.loadBundled());
        fonts = FontLibrary.bundled();
    }

    private static Persona persona(String id, String name, String activity, Map<Quadrant, List<String>> entries) {
        Canvas canvas = Canvas.empty();
        for (Quadrant q : Quadrant.values()) {
            for (String text : entries.getOrDefault(q, List.of())) {
                canvas = canvas.add(q, Entry.of(text));
            }
        }
        return new Persona(id, name, "begeleidt studenten", activity, List.of(), null, "", T, T, canvas);
    }

    private static Workbook workbook() {
        Persona laura = persona("p-laura", "Laura", "k-a4", Map.of(
                Quadrant.DESIGN, List.of("Ontwikkelt opdrachten en evaluaties met internationale en interculturele dimensies",
                        "Houdt rekening met de culturele context van het gastland en het stagebedrijf"),
                Quadrant.DELIVER, List.of("Coacht studenten op afstand tijdens de stage",
                        "Helpt studenten reflecteren op interculturele ervaringen"),
                Quadrant.ORGANISE, List.of("Communiceert in een vreemde taal met stagebedrijven"),
                Quadrant.ATTITUDE, List.of("Flexibel", "Empathisch", "Nieuwsgierig")));
        Persona joost = persona("p-joost", "Joost", "k-a4", Map.of(
                Quadrant.DELIVER, List.of("Speelt flexibel in op onverwachte dilemma's en crises"),
                Quadrant.ORGANISE, List.of("Organiseert en plant de stage samen met het bedrijf"),
                Quadrant.ATTITUDE, List.of("Open-minded")));
        Persona ilse = persona("p-ilse", "Ilse", "k-own", Map.of(
                Quadrant.DELIVER, List.of("Ontvangt bezoekers van partnerscholen in de les"),
                Quadrant.ATTITUDE, List.of("Open")));
        return new Workbook("Alfa-college", "", "", "", List.of(),
                List.of(new CoreActivity("k-a4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY),
                        new CoreActivity("k-own", null, "Inkomend bezoek", ActivityGroup.AT_HOME)),
                List.of(laura, joost, ilse), "2026.1");
    }

    private static CheckReport report(Workbook wb, Persona p) {
        return checker.check(p, wb.activityOf(p).orElseThrow());
    }

    @Test
    void footersCarryTheCheckersFiguresForEachPersona() {
        Workbook wb = workbook();
        CheckSummaries summaries = new CheckSummaryService(checker).summarise(wb, wb.personas());
        assertThat(summaries.footers()).containsOnlyKeys("p-laura", "p-joost", "p-ilse");
        for (Persona p : wb.personas()) {
            CheckReport report = report(wb, p);
            PosterFooter footer = summaries.footers().get(p.id());
            assertThat(footer.coverage()).hasSize(report.coverage().quadrants().size());
            for (QuadrantCoverage q : report.coverage().quadrants()) {
                assertThat(footer.coverage()).contains(
                        new nl.personacanvas.pdf.QuadrantCoverage(q.quadrant(), q.covered().size(), q.total()));
            }
            assertThat(footer.attitudesPresent()).containsExactlyElementsOf(
                    report.coverage().attitudes().present().stream().map(Attitude::name).toList());
            assertThat(footer.attitudesExpected()).isEqualTo(report.coverage().attitudes().total());
        }
        PosterFooter laura = summaries.footers().get("p-laura");
        assertThat(laura.coverage()).extracting(c -> c.quadrant())
                .containsExactly(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE);
        assertThat(laura.coverage().stream().mapToInt(c -> c.covered()).sum()).isPositive();
        assertThat(laura.attitudesPresent()).isNotEmpty();
        assertThat(summaries.footers().get("p-ilse").coverage()).as("own activity: no matrix cells").isEmpty();
    }

    @Test
    void gapsAreWhatNoPersonaOfTheActivityCovers() {
        Workbook wb = workbook();
        CheckSummaries summaries = new CheckSummaryService(checker).summarise(wb, wb.personas());
        assertThat(summaries.gaps()).extracting(CoverageGaps::activityId).containsExactly("k-a4");
        CoverageGaps gaps = summaries.gaps().get(0);
        List<CheckReport> reports = List.of(report(wb, wb.persona("p-laura").orElseThrow()),
                report(wb, wb.persona("p-joost").orElseThrow()));
        CompetencyMatrix matrix = checker.matrix();
        for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
            List<String> expected = matrix.cell("A4", q).elements().stream()
                    .filter(e -> reports.stream().noneMatch(r -> r.coverage().quadrant(q).orElseThrow().covered().contains(e)))
                    .map(MatrixElement::label).toList();
            assertThat(gaps.uncovered(q)).as("uncovered in %s", q).containsExactlyElementsOf(expected);
        }
        List<String> shownAttitudes = reports.stream().flatMap(r -> r.coverage().attitudes().present().stream())
                .map(Attitude::name).toList();
        assertThat(gaps.uncovered(Quadrant.ATTITUDE)).isNotEmpty().doesNotContainAnyElementsOf(shownAttitudes);
        int elements = 0;
        for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
            elements += matrix.cell("A4", q).elements().size();
        }
        int uncovered = gaps.uncovered(Quadrant.DESIGN).size() + gaps.uncovered(Quadrant.DELIVER).size()
                + gaps.uncovered(Quadrant.ORGANISE).size();
        assertThat(uncovered).as("the two personas together cover something").isLessThan(elements);
    }

    @Test
    void postersGetNoChecksWhenTheirFootersDoNotShowThem() {
        Workbook wb = workbook();
        CheckSummaryService service = new CheckSummaryService(checker);
        PosterOptions options = PosterOptions.defaults(LocalDate.of(2026, 3, 12));
        assertThat(service.forExport(wb, wb.personas(), options.withCheckSummary(false), false))
                .isEqualTo(CheckSummaries.none());
        assertThat(service.forExport(wb, wb.personas(), options.withFooter(false), false))
                .isEqualTo(CheckSummaries.none());
        assertThat(service.forExport(wb, wb.personas(), options, false).footers()).hasSize(3);
        assertThat(service.forExport(wb, wb.personas(), options.withCheckSummary(false), true).footers())
                .as("the report's coverage pages need them anyway").hasSize(3);
    }

    @Test
    void posterFooterAndReportTablePrintTheCheckersFigures() throws IOException {
        Workbook wb = workbook();
        CheckSummaries summaries = new CheckSummaryService(checker).summarise(wb, wb.personas());
        PosterOptions options = PosterOptions.defaults(LocalDate.of(2026, 3, 12));
        Persona laura = wb.persona("p-laura").orElseThrow();
        CheckReport report = report(wb, laura);
        String coverage = report.coverage().quadrants().stream()
                .map(q -> label(q.quadrant()) + " " + q.covered().size() + "/" + q.total())
                .collect(Collectors.joining(" · "));
        String attitudes = "Houdingen: " + report.coverage().attitudes().present().size() + " van "
                + report.coverage().attitudes().total() + " aanwezig ("
                + report.coverage().attitudes().present().stream().map(Attitude::name).collect(Collectors.joining(", "))
                + ")";
        try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, List.of(laura), options, summaries,
                ExportMonitor.none())) {
            String text = flat(pdf);
            assertThat(text).contains("Dekking: " + coverage).contains(attitudes).contains("Afgedrukt op 12 maart 2026");
        }
        try (RenderedPdf pdf = new WorkbookReport(fonts).render(wb, wb.personas(), options, summaries,
                ExportMonitor.none())) {
            String text = flat(pdf);
            List<String> cells = new ArrayList<>(List.of("Laura", "A4"));
            report.coverage().quadrants().forEach(q -> cells.add(q.covered().size() + "/" + q.total()));
            cells.add(report.coverage().attitudes().present().size() + "/" + report.coverage().attitudes().total() + ":");
            assertThat(text).contains("Dekking per persona").contains(String.join(" ", cells))
                    .contains("Ilse Eigen – – –").contains("Niet gedekt per kernactiviteit")
                    .contains("A4 · Stages in het buitenland");
            summaries.gaps().get(0).uncovered(Quadrant.DELIVER).forEach(label -> assertThat(text).contains(label));
        }
    }

    private static String label(Quadrant q) {
        return switch (q) {
            case DESIGN -> "Ontwerpen & Ontwikkelen";
            case DELIVER -> "Uitvoeren & Begeleiden";
            case ORGANISE -> "Organiseren & Communiceren";
            case ATTITUDE -> "Houding";
        };
    }

    private static String flat(RenderedPdf pdf) throws IOException {
        return new PDFTextStripper().getText(pdf.document()).replace("-\n", "").replaceAll("\\s+", " ");
    }
}
