package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (pdf27b): the workbook report and the coverage PDFs number their pages ("Pagina 3 van 19") in a quiet
 * footer with the school and the date, in the bottom margin under everything else; a poster of several pages says
 * which of them each is ("Sanne · 2/3") in its top margin. Read back with PDFBox: the footer's words and where its
 * glyphs stand against every other glyph of the page. {@code -Dpdf.keep=DIR} keeps nothing; the PDFs were looked at
 * through the {@code export --report} and {@code heatmap} commands.
 */
class PageNumbersPdf27bTest {
    /** PageFooters.BASELINE × scale: the footer's glyphs stand on it, every other glyph clear above its top. */
    private static final float TOLERANCE = 0.5f;

    @Test
    void everyReportPageSaysItsNumberOfAllAndTheSchoolAndDateBelowEverythingElse() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura(), WallPosterFixtures.oneCrowded(),
                WallPosterFixtures.forty());
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            int count = doc.getNumberOfPages();
            assertThat(count).as("cover, posters with continuation pages, summary").isGreaterThan(6);
            assertFooters(doc, 1, "Alfa-college · 12 maart 2026", "Pagina %d van %d");
        }
    }

    @Test
    void theEnglishReportSaysPageOf() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        PosterOptions english = PosterOptions.defaults(PosterFixtures.DATE).withLocale(Locale.ENGLISH);
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(), english,
                PosterFixtures.summaries(), ExportMonitor.none())) {
            assertFooters(pdf.document(), 1, "Alfa-college · March 12, 2026", "Page %d of %d");
        }
    }

    /**
     * The longest school name is cut with " …" before the page number, which is never touched; a Hebrew school name
     * with an emoji keeps its letters and stays left of the number too.
     */
    @Test
    void aLongOrRightToLeftSchoolNameGivesWayToThePageNumber() throws Exception {
        String longest = "Regionaal Opleidingscentrum ".repeat(12).strip();
        String hebrew = "\u05D1\u05D9\u05EA \u05E1\u05E4\u05E8 \u05D4\u05E8\u05E6\u05DC \uD83C\uDF0D";
        for (String school : List.of(longest, hebrew)) {
            Workbook wb = PosterFixtures.workbook(PosterFixtures.laura()).withSchool(school);
            try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(),
                    PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
                PDDocument doc = pdf.document();
                List<PdfInspection.Glyph> footer = footer(PdfInspection.glyphs(doc), 0, 1);
                String line = visual(footer);
                assertThat(line).endsWith("Pagina 1 van " + doc.getNumberOfPages());
                if (school.equals(longest)) {
                    assertThat(line).startsWith("Regionaal Opleidingscentrum").contains(" …");
                } else {
                    assertThat(line).contains("\u05D4").contains("12 maart 2026");
                }
                float number = (float) footer.stream().filter(g -> g.unicode().equals("P"))
                        .mapToDouble(PdfInspection.Glyph::x).max().orElseThrow();
                assertThat(footer).filteredOn(g -> g.x() < number)
                        .allMatch(g -> g.x() + g.width() < number - 10, "the school and date end well left of the number");
            }
        }
    }

    @Test
    void theHeatmapAndTheTeamChartAreNumberedWithTheSchoolAndDate() throws Exception {
        SampleWorkbooks samples = new SampleWorkbooks(new WorkbookCodec());
        Workbook sample = samples.load(samples.defaultSample());
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        ElementMatcher none = (entry, quadrant, activity) -> List.of();
        CoveragePdf pdf = new CoveragePdf(FontLibrary.bundled());
        try (RenderedPdf heatmap = pdf.heatmap(CoverageMatrix.of(sample, "A4", matrix, none), sample.school(),
                PosterFixtures.DATE, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            assertThat(heatmap.document().getNumberOfPages()).isGreaterThan(1);
            assertFooters(heatmap.document(), CoveragePdf.PAPER.scale(), sample.school() + " · 12 maart 2026",
                    "Pagina %d van %d");
        }
        try (RenderedPdf team = pdf.team(TeamCoverage.of(sample, matrix, none), sample.school(), PosterFixtures.DATE,
                Locale.ENGLISH, ExportMonitor.none())) {
            assertFooters(team.document(), CoveragePdf.PAPER.scale(), sample.school() + " · March 12, 2026",
                    "Page %d of %d");
        }
    }

    /** Each page of a three-page poster says "Sanne · n/3" in its top margin, above the headline; a one-page poster not. */
    @Test
    void aPosterOfSeveralPagesSaysWhichPageOfThePersonaEachIs() throws Exception {
        Workbook wb = PosterFixtures.workbook(WallPosterFixtures.oneCrowded(), PosterFixtures.laura());
        try (RenderedPdf pdf = new PosterExporter(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
            float height = doc.getPage(0).getMediaBox().getHeight();
            float width = doc.getPage(0).getMediaBox().getWidth();
            for (int page = 0; page < 4; page++) {
                int p = page;
                List<PdfInspection.Glyph> onPage = glyphs.stream().filter(g -> g.page() == p).toList();
                List<PdfInspection.Glyph> mark = onPage.stream()
                        .filter(g -> Math.abs(g.baseline() - (height - 18)) < TOLERANCE).toList();
                if (page < 3) {
                    assertThat(visual(mark)).isEqualTo("Sanne · " + (page + 1) + "/3");
                    float right = (float) mark.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
                    assertThat(right).as("right-aligned on the poster's margin").isCloseTo(width - 30, org.assertj.core.data.Offset.offset(1f));
                    // Everything else starts below the 30 pt top margin, the mark above it.
                    assertThat(onPage).filteredOn(g -> !mark.contains(g))
                            .allMatch(g -> g.baseline() + 0.75f * g.fontSize() <= height - 30 + TOLERANCE);
                    assertThat(mark).allMatch(g -> g.baseline() - 0.25f * g.fontSize() > height - 30);
                } else {
                    assertThat(mark).as("Laura's one-page poster has no page mark").isEmpty();
                }
            }
        }
    }

    /** A Hebrew name reads from the right and stands before its page number, "נועה כהן · 2/6" left to right. */
    @Test
    void aHebrewNameInThePageMarkStandsBeforeItsNumber() throws Exception {
        Workbook wb = PosterFixtures.workbook(WallPosterFixtures.hundredTwenty());
        try (RenderedPdf pdf = new PosterExporter(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            float height = doc.getPage(1).getMediaBox().getHeight();
            List<PdfInspection.Glyph> mark = PdfInspection.glyphs(doc).stream()
                    .filter(g -> g.page() == 1 && Math.abs(g.baseline() - (height - 18)) < TOLERANCE).toList();
            assertThat(visual(mark)).endsWith(" · 2/" + doc.getNumberOfPages());
            float firstLetter = mark.stream().filter(g -> g.unicode().equals("\u05E0")).findFirst().orElseThrow().x();
            float lastLetter = mark.stream().filter(g -> g.unicode().equals("\u05DF")).findFirst().orElseThrow().x();
            assertThat(firstLetter).as("the name read from the right").isGreaterThan(lastLetter);
        }
    }

    /** A persona's name longer than half the page is cut before the page mark, which stays whole. */
    @Test
    void aLongNameInThePageMarkGivesWay() throws Exception {
        Persona crowded = WallPosterFixtures.oneCrowded();
        Persona named = crowded.withName("Annemarie-Josephine van der Heijden-Vermeulen ".repeat(6).strip());
        Workbook wb = PosterFixtures.workbook(named);
        try (RenderedPdf pdf = new PosterExporter(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            float height = doc.getPage(1).getMediaBox().getHeight();
            float width = doc.getPage(1).getMediaBox().getWidth();
            List<PdfInspection.Glyph> mark = PdfInspection.glyphs(doc).stream()
                    .filter(g -> g.page() == 1 && Math.abs(g.baseline() - (height - 18)) < TOLERANCE).toList();
            assertThat(visual(mark)).startsWith("Annemarie").endsWith(" … · 2/" + doc.getNumberOfPages());
            float left = (float) mark.stream().mapToDouble(PdfInspection.Glyph::x).min().orElseThrow();
            assertThat(left).isGreaterThanOrEqualTo(width / 2 - 30 - TOLERANCE);
        }
    }

    /**
     * On every page: the glyphs on the footer's baseline read "{printedFor} … Pagina n van N", the number ends at the
     * right margin, the school and date end left of it, and every other glyph's descent stays above the footer's top.
     */
    private static void assertFooters(PDDocument doc, float scale, String printedFor, String numberFormat)
            throws Exception {
        int count = doc.getNumberOfPages();
        List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
        for (int page = 0; page < count; page++) {
            int p = page;
            float width = doc.getPage(page).getMediaBox().getWidth();
            List<PdfInspection.Glyph> footer = footer(glyphs, page, scale);
            String line = visual(footer);
            String number = numberFormat.formatted(page + 1, count);
            assertThat(line).as("footer of page %d", page + 1).startsWith(printedFor).endsWith(number);
            float right = (float) footer.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
            assertThat(right).isCloseTo(width - PageFooters.SIDE * scale, org.assertj.core.data.Offset.offset(1f));
            float top = (PageFooters.BASELINE + PageFooters.SIZE) * scale;
            // Rotated column heads stand at the top of the heatmap; their baseline runs upwards.
            assertThat(glyphs).filteredOn(g -> g.page() == p && g.upright() && !footer.contains(g))
                    .as("nothing of page %d reaches down to its footer", page + 1)
                    .allMatch(g -> g.baseline() - 0.25f * g.fontSize() > top);
        }
    }

    private static List<PdfInspection.Glyph> footer(List<PdfInspection.Glyph> glyphs, int page, float scale) {
        return glyphs.stream().filter(g -> g.page() == page && g.upright()
                && Math.abs(g.baseline() - PageFooters.BASELINE * scale) < TOLERANCE).toList();
    }

    /** The glyphs of one line left to right, a space where they stand apart. */
    private static String visual(List<PdfInspection.Glyph> line) {
        List<PdfInspection.Glyph> sorted = line.stream().sorted(Comparator.comparing(PdfInspection.Glyph::x)).toList();
        StringBuilder text = new StringBuilder();
        float end = Float.NaN;
        for (PdfInspection.Glyph g : sorted) {
            if (!Float.isNaN(end) && g.x() - end > g.fontSize() * 0.15f && !text.toString().endsWith(" ")) {
                text.append(' ');
            }
            text.append(g.unicode());
            end = g.x() + g.width();
        }
        return text.toString().replaceAll(" {2,}", " ").strip();
    }
}
