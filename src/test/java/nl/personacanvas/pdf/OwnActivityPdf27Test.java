package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (pdf27c): a persona of the school's own activity had its activity printed by its bare name on the poster
 * ("Kernactiviteit: Inkomend bezoek …") and in the report's headings, where the app says "Eigen · Inkomend bezoek …".
 * Every PDF now names it as the app does, marked as own, in Dutch and in English.
 */
class OwnActivityPdf27Test {
    private static final String OWN = "Inkomend bezoek van collega's en studenten van internationale partnerscholen"
            + " inzetten in het onderwijs";
    private static FontLibrary fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = FontLibrary.bundled();
    }

    private static Workbook ownWorkbook() {
        Persona laura = PosterFixtures.laura().withActivityId("k-own");
        return PosterFixtures.workbook(laura, PosterFixtures.mehmet());
    }

    @Test
    void aPosterNamesAnOwnActivityAsOwn() throws Exception {
        Workbook wb = ownWorkbook();
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            String own = locale == Locale.ENGLISH ? "Core activity: Own · " : "Kernactiviteit: Eigen · ";
            String matrix = locale == Locale.ENGLISH ? "Core activity: A1 · " : "Kernactiviteit: A1 · ";
            try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, wb.personas(),
                    PosterOptions.defaults(PosterFixtures.DATE).withLocale(locale), CheckSummaries.none(),
                    ExportMonitor.none())) {
                String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
                PosterExporterTest.assertInOrder(text, List.of(PosterFixtures.laura().headline(), own + OWN,
                        PosterFixtures.mehmet().headline(), matrix + "Zorgen dat studenten"));
                assertThat(text).doesNotContain(" – ");
            }
        }
    }

    @Test
    void theReportNamesAnOwnActivityAsOwnOnItsCoverPosterAndSummary() throws Exception {
        Workbook wb = ownWorkbook();
        CheckSummaries summaries = new CheckSummaries(Map.of("p-laura", PosterFixtures.footer()), List.of());
        try (RenderedPdf pdf = new WorkbookReport(fonts).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            PosterExporterTest.assertInOrder(text, List.of("Kernactiviteiten", "Eigen · " + OWN,
                    PosterFixtures.laura().headline(), "Kernactiviteit: Eigen · " + OWN, "Dekking per persona",
                    "Laura Eigen 2/3 3/3 2/4"));
            assertThat(text).doesNotContain("eigen activiteit");
        }
    }
}
