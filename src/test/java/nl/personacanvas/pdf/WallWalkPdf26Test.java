package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (branch pdf26): what a coordinator hanging the prints on a wall saw. The report put a heading and a
 * bare table header at the foot of a page and the header's rows on the next; a poster with 25 long notes in one
 * quadrant and a 300-character name must keep every note and every glyph on its paper.
 */
class WallWalkPdf26Test {
    private static final String HEADING = "A5 · Groepsuitwisseling met buitenlandse partners organiseren";
    private static final String FIRST_ROW = "Leeruitkomsten formuleren";
    private static FontLibrary fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = FontLibrary.bundled();
    }

    @Test
    void aHeadingAndItsTableHeaderMoveToTheNextPageWithTheFirstRow() throws Exception {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            FlowWriter out = new FlowWriter(document, documentFonts, new Typesetter(fonts, DutchHyphenator.bundled()),
                    PDRectangle.A4, 1);
            int paragraph = 0;
            // Leaves room for the heading and the header row with a one-line row, not with the three-line first row.
            while (out.room() >= 82) {
                out.paragraph("Alinea " + ++paragraph + " van de tekst boven de tabel.");
            }
            out.heading(HEADING, 1.1f);
            out.table(List.of("Kwadrant", "Door geen persona gedekt"), new float[] {0.3f, 0.7f},
                    List.of(List.of("Ontwerpen & Ontwikkelen", FIRST_ROW + "\nOog voor belevingswereld studenten\n"
                                    + "Reflecteren op interculturele ervaringen"),
                            List.of("Houding", "flexibel, open")), null);
            out.finish();
            documentFonts.embedSubsets();

            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = pageText(document, 1);
            String second = pageText(document, 2);
            assertThat(first).contains("Alinea " + paragraph).doesNotContain(HEADING).doesNotContain("Kwadrant");
            assertThat(second).contains(HEADING + " Kwadrant Door geen persona gedekt Ontwerpen & Ontwikkelen "
                    + FIRST_ROW);
            float top = PDRectangle.A4.getHeight();
            assertThat(PdfInspection.glyphs(document)).allSatisfy(g -> {
                assertThat(g.baseline()).isBetween(30f, top - 30f);
                assertThat(g.x()).isBetween(30f, PDRectangle.A4.getWidth() - 30f);
            });
            // The moved heading stands at the top of its new page, where a heading of a fresh page starts.
            float headingBaseline = PdfInspection.glyphs(document).stream().filter(g -> g.page() == 1)
                    .map(PdfInspection.Glyph::baseline).max(Float::compare).orElseThrow();
            assertThat(headingBaseline).isGreaterThan(top - 42 - 2 * 11.55f);
        }
    }

    @Test
    void twentyFiveLongNotesInOneQuadrantAndALongestNameStayWholeAndOnThePaper() throws Exception {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            notes.add("Notitie " + i + ": begeleidt de student tijdens de stage in het buitenland met wekelijkse "
                    + "gesprekken over werk, cultuur, taal en heimwee, en legt afspraken vast in het stageportfolio");
        }
        Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
        entries.put(Quadrant.DESIGN, List.of("Vertaalt de BPV-leerdoelen naar een stage in het buitenland"));
        entries.put(Quadrant.DELIVER, notes);
        String name = ("Maria Josefina Alexandra van Oranje-Nassau ".repeat(8)).substring(0, 300).strip();
        Persona crowded = PosterFixtures.persona("p-many", "Lange Notities", "begeleidt studenten bij een stage",
                "k-a4", entries);
        Persona longName = PosterFixtures.persona("p-name", name, "begeleidt studenten bij een stage", "k-a4",
                Map.of(Quadrant.ATTITUDE, List.of("Flexibel")));
        Workbook wb = PosterFixtures.workbook(crowded, longName);
        for (PaperSize size : List.of(PaperSize.A4, PaperSize.A3, PaperSize.A2, PaperSize.A1)) {
            try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, wb.personas(),
                    PosterOptions.defaults(PosterFixtures.DATE).withSize(size), CheckSummaries.none(),
                    ExportMonitor.none())) {
                PDDocument doc = pdf.document();
                String text = PdfInspection.flattened(PdfInspection.text(doc));
                for (String note : notes) {
                    assertThat(text).as(size + ": " + note.substring(0, 11)).contains(note);
                }
                assertThat(text).as(size + ": the long name").contains(name.substring(0, 120));
                for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
                    PDRectangle page = doc.getPage(g.page()).getMediaBox();
                    assertThat(g.x()).as(size + " page " + g.page()).isBetween(0f, page.getWidth() - g.width());
                    assertThat(g.baseline()).as(size + " page " + g.page()).isBetween(0f, page.getHeight());
                }
            }
        }
    }

    private static String pageText(PDDocument document, int pageNumber) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return PdfInspection.flattened(stripper.getText(document));
    }
}
