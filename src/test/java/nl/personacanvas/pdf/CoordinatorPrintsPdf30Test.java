package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What session 30's walk through a coordinator's prints found (docs/pdf.md, pdf30). */
class CoordinatorPrintsPdf30Test {
    private static final String LINK = "https://www.example.org/stageplaatsen/internationaal/".repeat(12).substring(0, 600);

    private static byte[] poster(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PosterExporter(FontLibrary.bundled()).write(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE),
                PosterFixtures.summaries(), out, ExportMonitor.none());
        return out.toByteArray();
    }

    /**
     * A note holding a pasted link of 600 characters is printed as it must be typed: its lines, read back from the
     * design panel and put together, are the link itself (it printed "htt-ps://" and "internatio-naal/").
     */
    @Test
    void aPastedLinkIsPrintedWithoutAddedHyphens() throws Exception {
        Persona persona = PosterFixtures.persona("p-link", "Sanne", "begeleidt studenten bij een stage", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("Ontwerpt een opdracht", LINK)));
        Workbook wb = PosterFixtures.workbook(persona);
        FontLibrary fonts = FontLibrary.bundled();
        try (PDDocument doc = Loader.loadPDF(poster(wb)); PDDocument scratch = new PDDocument()) {
            List<PosterPage> plan = new PosterRenderer(scratch, fonts, new Typesetter(fonts, DutchHyphenator.bundled()),
                    PosterOptions.defaults(PosterFixtures.DATE)).plan(wb, persona, null);
            String panel = PdfInspection.panelText(doc, plan, 0, Quadrant.DESIGN);
            String joined = panel.replaceAll("\\s+", "");
            assertThat(joined).contains(LINK).doesNotContain("htt-ps").doesNotContain("-naal");
        }
    }

    /** A persona without a core activity says so on its poster and in the report's table, where the line was missing. */
    @Test
    void aPersonaWithoutACoreActivitySaysSo() throws Exception {
        Persona persona = PosterFixtures.persona("p-laura", "Zonder", "heeft nog geen kernactiviteit gekozen", null,
                Map.of(Quadrant.DESIGN, List.of("Een notitie")));
        Workbook wb = PosterFixtures.workbook(persona);
        try (PDDocument doc = Loader.loadPDF(poster(wb))) {
            assertThat(PdfInspection.flattened(PdfInspection.text(doc)))
                    .contains("gekozen. Zij … Kernactiviteit: nog niet gekozen Alfa-college · Team Zorg en Welzijn");
        }
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            assertThat(PdfInspection.flattened(PdfInspection.text(pdf.document()))).contains("Zonder geen 2/3 3/3 2/4");
        }
    }
}
