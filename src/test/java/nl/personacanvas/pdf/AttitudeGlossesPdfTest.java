package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 28, branch pdf28b: an English PDF names the matrix's Dutch attitudes as the English window does (the one
 * gloss file, matrix.AttitudeGlosses): the gloss alone in the tight poster footer and report cell, the gloss with the
 * matrix's word in the report's gaps table. A Dutch PDF keeps the matrix's words.
 */
class AttitudeGlossesPdfTest {
    private static final PosterFooter FOOTER = new PosterFooter(List.of(new QuadrantCoverage(Quadrant.DESIGN, 2, 4)),
            List.of("flexibel", "open-minded", "benaderbaar"), 10);
    private static final CheckSummaries SUMMARIES = new CheckSummaries(Map.of("p-laura", FOOTER),
            List.of(new CoverageGaps("k-a4", Map.of(Quadrant.ATTITUDE, List.of("benaderbaar", "open")))));
    private static FontLibrary fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = FontLibrary.bundled();
    }

    private static String poster(Locale locale) throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE).withLocale(locale), SUMMARIES, ExportMonitor.none())) {
            return PdfInspection.flattened(PdfInspection.text(pdf.document()));
        }
    }

    private static String report(Locale locale) throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        try (RenderedPdf pdf = new WorkbookReport(fonts).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE).withLocale(locale), SUMMARIES, ExportMonitor.none())) {
            return PdfInspection.flattened(PdfInspection.text(pdf.document()));
        }
    }

    @Test
    void anEnglishPosterFooterGivesTheGlossesAlone() throws Exception {
        assertThat(poster(Locale.ENGLISH)).contains("Attitudes: 3 of 10 present (flexible, open-minded, approachable)")
                .doesNotContain("benaderbaar");
    }

    @Test
    void aDutchPosterFooterKeepsTheMatrixWords() throws Exception {
        assertThat(poster(Locale.forLanguageTag("nl-NL")))
                .contains("Houdingen: 3 van 10 aanwezig (flexibel, open-minded, benaderbaar)");
    }

    @Test
    void anEnglishReportGlossesTheSummaryCellAndNamesTheMatrixWordInTheGaps() throws Exception {
        String text = report(Locale.ENGLISH);
        assertThat(text).contains("3/10: flexible, open-minded, approachable")
                .contains("approachable (benaderbaar), open");
        assertThat(report(Locale.forLanguageTag("nl-NL"))).contains("benaderbaar, open").doesNotContain("approachable");
    }

    @Test
    void comparisonAndCoveragePdfsNameAnAttitudeAsTheWindowDoes() {
        MatrixItem approachable = new MatrixItem("attitude.benaderbaar", "benaderbaar", MatrixRole.ATTITUDES, null);
        PdfMessages english = new PdfMessages(Locale.ENGLISH);
        assertThat(english.item(approachable)).isEqualTo("approachable");
        assertThat(english.itemWithWords(approachable)).isEqualTo("approachable (benaderbaar)");
        PdfMessages dutch = new PdfMessages(Locale.forLanguageTag("nl-NL"));
        assertThat(dutch.item(approachable)).isEqualTo("benaderbaar");
        assertThat(dutch.itemWithWords(approachable)).isEqualTo("benaderbaar");
    }

    @Test
    void anEnglishComparisonPdfGlossesItsAttitudes() throws Exception {
        ComparisonPdfTest.load();
        try (RenderedPdf pdf = new ComparisonPdf(fonts).render(ComparisonPdfTest.sample(), Locale.ENGLISH,
                ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            assertThat(text).containsAnyOf("flexible", "curious", "approachable", "culturally sensitive", "empathetic")
                    .doesNotContainPattern("\\b(nieuwsgierig|empathisch|benaderbaar)\\b(?! ?\\))");
        }
    }
}
