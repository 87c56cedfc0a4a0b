package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headline's lead-in ("Zij …" / "They …") continues the panel's own sentence, so it is in the canvas's language;
 * the printed headings follow the export's language. An English export of a Dutch canvas printed "… stage. They …".
 */
class LeadInLanguageTest {
    private static PosterExporter exporter;

    @BeforeAll
    static void fonts() {
        exporter = new PosterExporter(FontLibrary.bundled());
    }

    private static String text(Workbook wb, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE).withLocale(locale),
                PosterFixtures.summaries(), out, ExportMonitor.none());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return PdfInspection.flattened(PdfInspection.text(doc));
        }
    }

    private static Persona english() {
        return PosterFixtures.persona("p-kate", "Kate", "supervises students on an internship abroad", "k-a4", Map.of(
                Quadrant.DESIGN, List.of("Translates the learning goals of the programme for an internship abroad"),
                Quadrant.DELIVER, List.of("Coaches students at a distance with a video call every two weeks")));
    }

    @Test
    void anEnglishExportOfADutchCanvasKeepsTheDutchLeadInUnderEnglishHeadings() throws Exception {
        String text = text(PosterFixtures.workbook(PosterFixtures.laura()), Locale.ENGLISH);
        assertThat(text).contains("Laura begeleidt studenten bij een internationale stage. Zij …")
                .doesNotContain("They")
                .contains("Design & Develop", "Core activity: A4", "Printed on March 12, 2026");
    }

    @Test
    void aDutchExportOfAnEnglishCanvasKeepsTheEnglishLeadInUnderDutchHeadings() throws Exception {
        String text = text(PosterFixtures.workbook(english()), Locale.forLanguageTag("nl"));
        assertThat(text).contains("Kate supervises students on an internship abroad. They …")
                .doesNotContain("Zij …")
                .contains("Ontwerpen & Ontwikkelen", "Kernactiviteit: A4", "Afgedrukt op 12 maart 2026");
    }

    /** One export of both canvases: each headline in its own canvas's language. */
    @Test
    void eachPosterOfOneExportFollowsItsOwnCanvas() throws Exception {
        String text = text(PosterFixtures.workbook(PosterFixtures.laura(), english()), Locale.ENGLISH);
        assertThat(text).contains("internationale stage. Zij …", "internship abroad. They …");
    }

    /** A continuation page's title repeats the headline with the same lead-in, then the export's "(continued …)". */
    @Test
    void aContinuationTitleKeepsTheCanvasLeadIn() throws Exception {
        String text = text(PosterFixtures.workbook(PosterFixtures.crowded()), Locale.ENGLISH);
        assertThat(text).contains("Sanne coördineert internationale samenwerkingsprojecten. Zij … (continued, page 2)")
                .doesNotContain("They");
    }
}
