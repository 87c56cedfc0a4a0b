package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.personacanvas.io.Limits;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 20, a coordinator printing a panel's hardest canvas: a flag in a role, and a persona whose name, role and
 * note are as long as the file allows.
 */
class PosterLongestTextsTest {
    private static final String ROLE = "coördineert als onderwijskundig adviseur, BPV-coördinator en docent burgerschap "
            + "de internationale stages, de uitwisselingen en de virtuele samenwerking met partnerscholen in "
            + "Duitsland, België, Spanje en Marokko ";
    private static final String NAME = "Maximiliaan-Alexander Christiaan Bartholomeus van der Steenhoven-Oosterbroek ";
    private static final String NOTE = "Bereidt met de student de stage in Marokko voor, met aandacht voor taal, "
            + "gewoontes en de verwachtingen van de praktijkopleider ter plaatse. ";
    private static FontLibrary fonts;

    @BeforeAll
    static void fonts() {
        fonts = FontLibrary.bundled();
    }

    /** A flag emoji printed as two letters in dotted boxes, read as two missing glyphs; now its country's letters. */
    @Test
    void aFlagPrintsAsTheLettersOfItsCountry() throws Exception {
        Persona amira = PosterFixtures.persona("p-amira", "Amira", "begeleidt studenten bij een stage in Spanje 🇪🇸",
                "k-a4", Map.of(Quadrant.ORGANISE, List.of("Regelt de stage in Marokko 🇲🇦 en België 🇧🇪")));
        Workbook wb = PosterFixtures.workbook(amira);
        try (RenderedPdf pdf = render(wb, PaperSize.A4)) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            assertThat(text).contains("Amira begeleidt studenten bij een stage in Spanje ES. Zij …")
                    .contains("Regelt de stage in Marokko MA en België BE");
            assertThat(text.codePoints().filter(cp -> cp >= 0x1F1E6 && cp <= 0x1F1FF)).as("regional indicators")
                    .isEmpty();
            assertThat(pdf.result().warnings()).as("no fallback font for a flag alone").isEmpty();
        }
    }

    /**
     * A name of 300 characters and a role of 1,000 make a 22-line headline on A4. Every continuation page repeated it
     * whole, leaving its quadrants a third of the page, so one note of 10,000 characters ran to 15 pages. A
     * continuation page's title now takes at most two lines (the first page keeps the headline whole), and the row
     * with nothing left gives its room to the other: 6 pages on A4, nothing lost.
     */
    @Test
    void aContinuationPageShortensAHeadlineOfTheLongestLengthsToTwoLines() throws Exception {
        String name = NAME.repeat(5).substring(0, Limits.MAX_NAME_LENGTH).strip();
        String role = ROLE.repeat(10).substring(0, Limits.MAX_SENTENCE_LENGTH).strip();
        String note = NOTE.repeat(80).substring(0, Limits.MAX_TEXT_LENGTH).strip();
        Persona max = PosterFixtures.persona("p-max", name, role, "k-own", Map.of(Quadrant.DESIGN, List.of(note),
                Quadrant.ATTITUDE, List.of("Is geduldig")));
        Workbook wb = PosterFixtures.workbook(max);
        for (PaperSize size : List.of(PaperSize.A4, PaperSize.A3, PaperSize.A2)) {
            try (RenderedPdf pdf = render(wb, size)) {
                PDDocument doc = pdf.document();
                assertThat(doc.getNumberOfPages()).as(size + ": pages").isBetween(2, 7);
                String first = PdfInspection.flattened(PdfInspection.text(doc).split("\f")[0]);
                assertThat(first).as(size + ": the first page's headline whole").contains(name + " " + role + ". Zij …");
                List<PosterPage> plan = plan(wb, max, size);
                for (int page = 1; page < doc.getNumberOfPages(); page++) {
                    Box design = plan.get(page).panels().get(Quadrant.DESIGN.ordinal()).box();
                    Box above = new Box(0, design.top(), design.right() * 2, plan.get(page).height() - design.top());
                    String title = PdfInspection.textIn(doc, page, above).strip();
                    assertThat(title.split("\\R")).as(size + ": page " + (page + 1) + "'s title lines").hasSizeLessThanOrEqualTo(2);
                    assertThat(PdfInspection.flattened(title)).as(size + ": page " + (page + 1) + "'s title")
                            .startsWith("Maximiliaan-Alexander").endsWith("… (vervolg, pagina " + (page + 1) + ")");
                    assertThat(design.height()).as(size + ": the quadrants' room on page " + (page + 1))
                            .isGreaterThan(0.35f * plan.get(page).height());
                }
                PosterPage full = plan.get(plan.size() - 2);
                assertThat(full.panels().get(Quadrant.DESIGN.ordinal()).box().height())
                        .as(size + ": the page before the last, the note alone left: its quadrant takes the empty row's room")
                        .isGreaterThan(0.6f * full.height());
                String all = PdfInspection.flattened(PdfInspection.text(doc)).replaceAll(" ?(\\S+ )?… \\(vervolg, pagina \\d+\\)", "");
                assertThat(occurrences(all, "Bereidt met de student")).as(size + ": the note's sentences, all printed")
                        .isEqualTo(occurrences(note, "Bereidt met de student"));
                assertThat(all).contains("Is geduldig");
            }
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static RenderedPdf render(Workbook wb, PaperSize size) throws Exception {
        return new PosterExporter(fonts).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE).withSize(size), CheckSummaries.none(), ExportMonitor.none());
    }

    private static List<PosterPage> plan(Workbook wb, Persona persona, PaperSize size) throws Exception {
        try (PDDocument scratch = new PDDocument()) {
            return new PosterRenderer(scratch, fonts, new Typesetter(fonts, DutchHyphenator.bundled()),
                    PosterOptions.defaults(PosterFixtures.DATE).withSize(size)).plan(wb, persona, null);
        }
    }
}
