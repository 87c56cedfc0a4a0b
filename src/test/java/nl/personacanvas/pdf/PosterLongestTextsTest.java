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
                List<PosterPage> plan = plan(wb, max, size);
                // Session 22: the first page no longer prints 22 lines of headline; it is cut, with a warning.
                assertThat(headlineLines(doc, plan.get(0), size)).as(size + ": bold headline lines").isLessThanOrEqualTo(3L);
                float quadrantsTop = plan.get(0).panels().get(Quadrant.DESIGN.ordinal()).box().top();
                String head = joined(PdfInspection.textIn(doc, 0,
                        new Box(0, quadrantsTop, plan.get(0).width(), plan.get(0).height() - quadrantsTop)));
                assertThat(head).as(size + ": the first page's headline, its start").contains(name.substring(0, 250))
                        .doesNotContain(". Zij …");
                assertThat(pdf.result().warnings()).as(size + ": warned").anyMatch(w -> w.kind() == ExportWarning.Kind.HEADLINE_CUT);
                assertThat(plan.get(0).panels().get(Quadrant.DESIGN.ordinal()).box().height())
                        .as(size + ": the first page's quadrants' room").isGreaterThan(0.25f * plan.get(0).height());
                for (int page = 1; page < doc.getNumberOfPages(); page++) {
                    Box design = PdfInspection.panel(plan.get(page), Quadrant.DESIGN);
                    // Below the top margin, where "Maria … · 2/3" says which page of the persona this is (session 27).
                    float marginTop = plan.get(page).height() - 30 * plan.get(page).scale();
                    Box above = new Box(0, design.top(), design.right() * 2, marginTop - design.top());
                    String title = PdfInspection.textIn(doc, page, above).strip();
                    assertThat(title.split("\\R")).as(size + ": page " + (page + 1) + "'s title lines").hasSizeLessThanOrEqualTo(2);
                    assertThat(PdfInspection.flattened(title)).as(size + ": page " + (page + 1) + "'s title")
                            .startsWith("Maximiliaan-Alexander").endsWith("… (vervolg, pagina " + (page + 1) + ")");
                    assertThat(design.height()).as(size + ": the quadrants' room on page " + (page + 1))
                            .isGreaterThan(0.35f * plan.get(page).height());
                }
                PosterPage full = plan.get(plan.size() - 2);
                assertThat(PdfInspection.panel(full, Quadrant.DESIGN).height())
                        .as(size + ": the page before the last, the note alone left: its quadrant takes the empty row's room")
                        .isGreaterThan(0.6f * full.height());
                String all = PdfInspection.flattened(PdfInspection.text(doc)).replaceAll(" ?(\\S+ )?… \\(vervolg, pagina \\d+\\)", "");
                assertThat(occurrences(all, "Bereidt met de student")).as(size + ": the note's sentences, all printed")
                        .isEqualTo(occurrences(note, "Bereidt met de student"));
                assertThat(all).contains("Is geduldig");
            }
        }
    }

    /**
     * Session 22: a name of 300 characters took five headline lines, a role of a few sentences ten. The bold headline
     * now takes at most three lines and the rest of it follows in small print under them, whole.
     */
    @Test
    void aLongNameOrRoleTakesAtMostThreeBoldLinesAndTheRestFollowsWholeInSmallPrint() throws Exception {
        String name = NAME.repeat(5).substring(0, Limits.MAX_NAME_LENGTH).strip();
        String longRole = "coördineert als onderwijskundige, stagecoördinator en docent bedrijfseconomie de "
                + "internationale stages van de opleidingen Commercie, Ondernemerschap en Secretarieel, onderhoudt de "
                + "contacten met de partnerbedrijven in Duitsland, België, Spanje en Italië, begeleidt de studenten "
                + "voor, tijdens en na hun verblijf, zit de werkgroep internationalisering voor en vertegenwoordigt "
                + "het team in het regionale netwerk van mbo-scholen die samen Erasmus-aanvragen voorbereiden";
        Persona longName = PosterFixtures.persona("p-name", name, "begeleidt studenten bij een stage in Ghana", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("Ontwerpt een stageopdracht")));
        Persona longRoleOnly = PosterFixtures.persona("p-role", "Anne-Marie van den Heuvel-Oosterhout", longRole,
                "k-a4", Map.of(Quadrant.DESIGN, List.of("Schrijft de leerdoelen")));
        Workbook wb = PosterFixtures.workbook(longName, longRoleOnly);
        for (PaperSize size : List.of(PaperSize.A4, PaperSize.A3, PaperSize.A2)) {
            try (RenderedPdf pdf = render(wb, size)) {
                PDDocument doc = pdf.document();
                assertThat(doc.getNumberOfPages()).as(size + ": one page each").isEqualTo(2);
                for (int i = 0; i < 2; i++) {
                    Persona p = wb.personas().get(i);
                    PosterPage first = plan(wb, p, size).get(0);
                    assertThat(headlineLines(doc, first, size, i)).as(size + ": " + p.id()
                            + "'s bold headline lines").isBetween(1L, 3L);
                    String page = PdfInspection.textIn(doc, i, new Box(0, 0, first.width(), first.height()));
                    assertThat(joined(page)).as(size + ": " + p.id() + "'s headline, whole")
                            .contains(p.name() + " " + p.role() + ". Zij …");
                }
                assertThat(pdf.result().warnings()).as(size + ": nothing left out").isEmpty();
            }
        }
    }

    /** The lines of the bold headline: glyphs above the quadrants, left of the avatar, larger than the activity line's 11 pt. */
    private static long headlineLines(PDDocument doc, PosterPage first, PaperSize size) throws Exception {
        return headlineLines(doc, first, size, 0);
    }

    private static long headlineLines(PDDocument doc, PosterPage first, PaperSize size, int pageIndex) throws Exception {
        float quadrantsTop = first.panels().get(Quadrant.DESIGN.ordinal()).box().top();
        return PdfInspection.glyphs(doc).stream()
                .filter(g -> g.page() == pageIndex && g.baseline() > quadrantsTop && !g.unicode().isBlank())
                .filter(g -> g.x() < first.avatar().x()) // not the initials in the avatar
                .filter(g -> g.fontSize() > 12.5f * size.scale())
                .map(g -> Math.round(g.baseline()))
                .distinct().count();
    }

    /** A page's text flattened, the headline's bold lines and the small ones after them read as one sentence. */
    private static String joined(String page) {
        return PdfInspection.flattened(page).replace(" … … ", " ");
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
