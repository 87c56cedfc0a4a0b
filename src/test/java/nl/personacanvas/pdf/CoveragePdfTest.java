package nl.personacanvas.pdf;

import static nl.personacanvas.pdf.PosterExporterTest.assertInOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heatmap and the team chart as PDF, read back with PDFBox. */
class CoveragePdfTest {
    private static CompetencyMatrix matrix;
    private static CoveragePdf pdf;
    private static Workbook sample;
    private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
    /** Stands in for the checker: every entry mentioning "student" addresses the first element of its row. */
    private static final ElementMatcher STUDENT = (entry, quadrant, activity) ->
            activity != null && quadrant != nl.personacanvas.model.Quadrant.ATTITUDE && entry.text().contains("student")
                    ? List.of(activity + "." + quadrant.key() + ".1") : List.of();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        matrix = CompetencyMatrix.loadBundled();
        pdf = new CoveragePdf(FontLibrary.bundled());
        SampleWorkbooks samples = new SampleWorkbooks(new WorkbookCodec());
        sample = samples.load(samples.defaultSample());
    }

    @Test
    void heatmapNamesEveryPersonaAndElementAndMarksTheGaps() throws Exception {
        CoverageMatrix heatmap = CoverageMatrix.of(sample, "A4", matrix, STUDENT);
        assertThat(heatmap.personas()).isNotEmpty();
        Path file = dir.resolve("heatmap.pdf");

        ExportResult result = pdf.writeHeatmap(heatmap, sample.school(), DATE, Locale.forLanguageTag("nl"), file, ExportMonitor.none());

        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(result.pages());
            assertLandscapeA3(doc);
            String text = PdfInspection.flattened(PdfInspection.text(doc));
            List<String> expected = new ArrayList<>(List.of("Dekking van de matrix – A4 · Internationale", "Ontwerpen", "Uitvoeren",
                    "Organiseren", "Houding"));
            heatmap.personas().stream().map(Persona::name).forEach(expected::add);
            assertInOrder(text, expected);
            // Elements by their row and number ("Ontwerpen 2"), not by id ("A4.design.2"), heads and key alike.
            PdfMessages dutch = new PdfMessages(Locale.forLanguageTag("nl"));
            for (MatrixItem item : heatmap.items()) {
                assertThat(text).contains(dutch.item(item));
            }
            assertThat(text).doesNotContainPattern("\\b(A\\d|P|H)\\.(\\w+\\.)?\\d");
            assertThat(heatmap.gaps()).isNotEmpty();
            assertThat(text).contains("niemand (gat)");
            assertFontsEmbeddedAndGlyphsOnThePage(doc);
        }
    }

    /**
     * Session 24: the key's "Gedekt door" names "أمينة El Amrani" as the heatmap's rows, the poster and the window do,
     * the Arabic given name first; decided by its first letter, a cell of her name alone read "El Amrani أمينة".
     */
    @Test
    void theKeyNamesAPersonaStartingInArabicLeftToRight() throws Exception {
        Persona laura = sample.personas().stream().filter(p -> p.name().equals("Laura")).findFirst().orElseThrow();
        Workbook one = sample.withPersonas(List.of(laura.withName("أمينة El Amrani")));
        CoverageMatrix heatmap = CoverageMatrix.of(one, "A4", matrix, STUDENT);

        try (RenderedPdf rendered = pdf.heatmap(heatmap, sample.school(), DATE, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            PDDocument doc = rendered.document();
            float width = doc.getPage(0).getMediaBox().getWidth();
            // The key's last column, "Gedekt door": the right quarter of the text width (margins of 42 pt × 1.41).
            List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
            float columnLeft = width - 42 * 1.41f - (width - 2 * 42 * 1.41f) * 0.25f;
            int keyPage = glyphs.stream().filter(g -> g.x() >= columnLeft && g.unicode().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .mapToInt(PdfInspection.Glyph::page).findFirst().orElseThrow();
            List<PdfInspection.Glyph> line = PdfInspection.headLine(glyphs, keyPage, columnLeft, width);
            assertThat(PdfInspection.arabicBeforeLatin(line)).as("the Arabic given name before \"El Amrani\"").isTrue();
        }
    }

    @Test
    void aHeatmapOfManyPersonasContinuesOnFollowingPagesWithItsHeadings() throws Exception {
        Workbook crowded = sample;
        Persona model = sample.personas().stream().filter(p -> "A4".equals(p.activityId())).findFirst().orElseThrow();
        for (int i = 0; i < 60; i++) {
            crowded = crowded.addPersona(new Persona("p-extra-" + i, "Collega " + i + " met een wat langere naam dan gewoonlijk",
                    model.role(), model.activityId(), model.authors(), null, "", model.created(), model.modified(),
                    model.canvas()));
        }
        CoverageMatrix heatmap = CoverageMatrix.of(crowded, "A4", matrix, STUDENT);

        try (RenderedPdf rendered = pdf.heatmap(heatmap, sample.school(), DATE, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            PDDocument doc = rendered.document();
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            String text = PdfInspection.flattened(PdfInspection.text(doc));
            assertInOrder(text, heatmap.personas().stream().map(Persona::name).toList());
            // The role headings are repeated above the rows on the next page.
            String second = PdfInspection.flattened(new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(doc));
            assertThat(second).contains("Ontwerpen", "Houding", "Collega");
            assertThat(text).containsPattern("\\d\\d persona's \\(zie de heatmap\\)");
            assertFontsEmbeddedAndGlyphsOnThePage(doc);
        }
    }

    @Test
    void teamChartShowsEveryRoleWithItsShareAndEachActivitysGaps() throws Exception {
        TeamCoverage team = TeamCoverage.of(sample, matrix, STUDENT);
        try (RenderedPdf rendered = pdf.team(team, sample.school(), DATE, Locale.ENGLISH, ExportMonitor.none())) {
            PDDocument doc = rendered.document();
            assertLandscapeA3(doc);
            String text = PdfInspection.flattened(PdfInspection.text(doc));
            List<String> expected = new ArrayList<>(List.of("How complete the team is, per role"));
            team.completeness().forEach(r -> expected.add(r.covered() + " of " + r.total()));
            assertInOrder(text, expected);
            assertThat(text).contains("Design", "Deliver", "Organise", "Attitudes", "0%", "100%");
            for (CoverageMatrix activity : team.activities()) {
                assertThat(text).contains(activity.activity().name());
                activity.gaps().forEach(g -> assertThat(text).contains(new PdfMessages(Locale.ENGLISH).itemWithWords(g)));
            }
            assertThat(text).doesNotContainPattern("\\b(A\\d|P|H)\\.(\\w+\\.)?\\d");
            assertFontsEmbeddedAndGlyphsOnThePage(doc);
        }
    }

    private static void assertLandscapeA3(PDDocument doc) {
        PDRectangle box = doc.getPage(0).getMediaBox();
        assertThat(box.getWidth()).isEqualTo(PDRectangle.A3.getHeight());
        assertThat(box.getHeight()).isEqualTo(PDRectangle.A3.getWidth());
    }

    /** Glyph origins from the text rendering matrix, in page space, so rotated headings are checked too. */
    private static void assertFontsEmbeddedAndGlyphsOnThePage(PDDocument doc) throws Exception {
        assertThat(PdfInspection.fonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDRectangle media = doc.getPage(i).getMediaBox();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float x = text.getTextMatrix().getTranslateX();
                    float y = text.getTextMatrix().getTranslateY();
                    if (x < 0 || x > media.getWidth() || y < 0 || y > media.getHeight()) {
                        outside.add(text.getUnicode() + "@" + x + "," + y);
                    }
                }
            };
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            stripper.getText(doc);
        }
        assertThat(outside).isEmpty();
    }
}
