package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class WorkbookReportTest {

    @Test
    void coverPostersAndCoverageSummaryInOrderWithBookmarks() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura(), PosterFixtures.mehmet());
        CheckSummaries summaries = new CheckSummaries(Map.of("p-laura", PosterFixtures.footer()),
                List.of(new CoverageGaps("k-a4", Map.of(Quadrant.DESIGN, List.of("Leerdoelen voor de stage"),
                        Quadrant.ATTITUDE, List.of("open", "nieuwsgierig")))));
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            PosterExporterTest.assertInOrder(text, List.of("Werkboek Alfa-college", "Regio: Noord en Oost Nederland",
                    "Werkdefinitie van internationalisering", wb.definition(), "Uitgangspunten", "Voor alle studenten",
                    "We benutten de diversiteit in onze eigen klassen.", "Samen met het werkveld", "Kernactiviteiten",
                    "Internationalisation at Home",
                    "A1 · Zorgen dat studenten leren van de diverse culturele perspectieven binnen de school",
                    "Eigen · Inkomend bezoek van collega's en studenten van internationale partnerscholen inzetten in het onderwijs",
                    "Mobiliteit", "A4 · Internationale en interculturele dimensies integreren in stages in het buitenland",
                    PosterFixtures.laura().headline(), PosterFixtures.mehmet().headline(),
                    "Dekking per persona", "Persona", "Kernactiviteit",
                    "Laura A4 2/3 3/3 2/4 3/10: benaderbaar, daadkrachtig, verbindend",
                    "Niet gedekt per kernactiviteit",
                    "A4 · Internationale en interculturele dimensies integreren in stages in het buitenland",
                    "Kwadrant Door geen persona gedekt", "Ontwerpen & Ontwikkelen Leerdoelen voor de stage",
                    "Houding open, nieuwsgierig"));
            assertThat(text).doesNotContain("Mehmet A1");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.document().getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Voorblad", PosterFixtures.laura().headline(),
                    PosterFixtures.mehmet().headline(), "Dekking per persona");
            assertThat(pdf.document().getDocumentInformation().getTitle()).isEqualTo("Werkboek – Alfa-college");
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(PdfInspection.fonts(pdf.document())).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @Test
    void longCoverageTableWrapsItsCellsAndContinuesWithNothingOutsideItsColumn() throws Exception {
        List<Persona> personas = new ArrayList<>();
        Map<String, PosterFooter> footers = new HashMap<>();
        for (int i = 0; i < 45; i++) {
            String id = "p-" + i;
            personas.add(PosterFixtures.persona(id, "Persona " + i + " met een uitzonderlijk lange naam "
                    + "Wolfeschlegelsteinhausenbergerdorff", "begeleidt studenten", "k-a4", Map.of()));
            footers.put(id, new PosterFooter(List.of(new QuadrantCoverage(Quadrant.DESIGN, i % 4, 3),
                    new QuadrantCoverage(Quadrant.DELIVER, 1, 3), new QuadrantCoverage(Quadrant.ORGANISE, 0, 4)),
                    List.of("flexibel", "cultureel sensitief", "cultureel zelfbewust", "empathisch", "open-minded",
                            "nieuwsgierig", "open", "proactief"), 10));
        }
        Workbook wb = PosterFixtures.workbook(personas.toArray(Persona[]::new));
        CheckSummaries summaries = new CheckSummaries(footers, List.of());
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            int firstSummaryPage = 1 + personas.size();
            assertThat(doc.getNumberOfPages()).as("the table continues on a second page")
                    .isGreaterThan(firstSummaryPage + 1);
            String text = PdfInspection.flattened(PdfInspection.text(doc));
            for (Persona p : personas) {
                // Each name in at most four lines of its narrow column, cut short (session 21).
                assertThat(text).containsPattern("Persona " + p.id().substring(2) + " met een [^…]* … A4");
            }
            for (int page = firstSummaryPage; page < doc.getNumberOfPages(); page++) {
                assertThat(PdfInspection.flattened(PdfInspection.textIn(doc, page,
                        new Box(0, 0, 595, 842)))).as("header repeated on page %d", page + 1).contains("Persona Kernactiviteit");
            }
            float left = FlowWriter.SIDE;
            float width = doc.getPage(0).getMediaBox().getWidth() - 2 * left;
            float[] columns = WorkbookReport.PERSONA_COLUMNS;
            for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
                // Only the table: headings and the introduction (10 pt and up) run the full width.
                if (g.page() < firstSummaryPage || g.unicode().isBlank() || g.fontSize() >= 10
                        || PdfInspection.inPageFooter(g, 1)) {
                    continue;
                }
                float columnLeft = left;
                int column = 0;
                while (column < columns.length - 1 && g.x() >= columnLeft + width * columns[column]) {
                    columnLeft += width * columns[column];
                    column++;
                }
                float columnRight = columnLeft + width * columns[column];
                assertThat(g.x() + g.width()).as("glyph %s on page %d in column %d", g.unicode(), g.page() + 1, column)
                        .isLessThanOrEqualTo(columnRight + 0.5f);
                assertThat(g.baseline()).as("glyph %s on page %d above the bottom margin", g.unicode(), g.page() + 1)
                        .isGreaterThanOrEqualTo(left);
            }
        }
    }

    /**
     * Session 24: "أمينة El Amrani" in the coverage table reads as on her poster, the Arabic given name first; decided
     * per line by its first letter, it printed "El أمينة" over "Amrani".
     */
    @Test
    void aNameStartingInArabicReadsLeftToRightInTheCoverageTable() throws Exception {
        Persona amina = PosterFixtures.persona("p-amina", "أمينة El Amrani", "begeleidt studenten", "k-a4", Map.of());
        try (RenderedPdf pdf = reportBesideLaura(amina)) {
            PDDocument doc = pdf.document();
            int summaryPage = coverageTablePage(doc);
            assertThat(summaryPage).as("the coverage table's page").isPositive();
            float columnRight = FlowWriter.SIDE + (doc.getPage(0).getMediaBox().getWidth() - 2 * FlowWriter.SIDE)
                    * WorkbookReport.PERSONA_COLUMNS[0];
            List<PdfInspection.Glyph> line = PdfInspection.headLine(PdfInspection.glyphs(doc), summaryPage, 0,
                    columnRight);
            assertThat(PdfInspection.arabicBeforeLatin(line)).as("the Arabic given name before \"El\"").isTrue();
        }
    }

    /**
     * A persona's name of 300 characters (the longest a workbook holds) wrapped to some 30 lines in the coverage
     * table's first column, about ten characters wide; there it is cut short in four lines and " …", and its poster in
     * the same report names it whole (session 20's leftover).
     */
    @Test
    void aLongestNameTakesAtMostFourLinesOfTheCoverageTableAndStandsWholeOnItsPoster() throws Exception {
        StringBuilder name = new StringBuilder("Maria");
        while (name.length() < 295) {
            name.append(" Josefina Alexandra");
        }
        String longest = name.substring(0, 300).strip();
        Persona persona = PosterFixtures.persona("p-long", longest, "begeleidt studenten", "k-a4", Map.of());
        try (RenderedPdf pdf = reportBesideLaura(persona)) {
            PDDocument doc = pdf.document();
            int summaryPage = coverageTablePage(doc);
            assertThat(summaryPage).as("the coverage table's page").isPositive();
            String table = PdfInspection.flattened(PdfInspection.textIn(doc, summaryPage, new Box(0, 0, 595, 842)));
            assertThat(table).contains("Maria Josefina").contains(" … A4").contains("Laura A4")
                    .doesNotContain(longest);
            float columnRight = FlowWriter.SIDE + (doc.getPage(0).getMediaBox().getWidth() - 2 * FlowWriter.SIDE)
                    * WorkbookReport.PERSONA_COLUMNS[0];
            java.util.Set<Float> nameLines = new java.util.TreeSet<>();
            for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
                if (g.page() == summaryPage && g.fontSize() < 10 && !g.unicode().isBlank() && g.x() < columnRight
                        && table.contains("Maria") && !PdfInspection.inPageFooter(g, 1)) {
                    nameLines.add(Math.round(g.baseline() * 10) / 10f);
                }
            }
            // The header's "Persona", the long name's lines, Laura's line.
            assertThat(nameLines).as("lines in the persona column").hasSizeLessThanOrEqualTo(1 + 4 + 1);
            // Since session 22 a headline past three bold lines goes on in small print: "… Josefina …" then
            // "… Alexandra …", read as one.
            String whole = PdfInspection.flattened(PdfInspection.text(doc)).replace(" … … ", " ");
            assertThat(whole).as("the poster names the persona whole").contains(longest);
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitAcrossPagesInsideTheMargins() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add("Element " + i + " dat geen persona dekt, met een omschrijving die over meer dan een regel loopt");
        }
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        CheckSummaries summaries = new CheckSummaries(Map.of("p-laura", PosterFixtures.footer()),
                List.of(new CoverageGaps("k-a4", Map.of(Quadrant.DESIGN, many))));
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            String text = PdfInspection.withoutPageFooters(PdfInspection.flattened(PdfInspection.text(doc)));
            // The row goes on under the repeated header, which may fall inside an element's lines.
            // The row goes on under the table's title "A4 · … (vervolg)" and the repeated header, which may fall
            // inside an element's lines.
            PosterExporterTest.assertInOrder(text.replace(" Kwadrant Door geen persona gedekt", "")
                    .replace(" A4 · Internationale en interculturele dimensies integreren in stages in het buitenland"
                            + " (vervolg)", ""), many);
            PDRectangle page = doc.getPage(0).getMediaBox();
            for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
                if (g.page() < 2 || g.unicode().isBlank() || PdfInspection.inPageFooter(g, 1)) {
                    continue;
                }
                // The sides and the top: the posters' 30 pt (session 28); the foot keeps 42 pt for the page footer.
                assertThat(g.x()).isGreaterThanOrEqualTo(FlowWriter.SIDE - 0.5f);
                assertThat(g.x() + g.width()).isLessThanOrEqualTo(page.getWidth() - FlowWriter.SIDE + 0.5f);
                assertThat(g.baseline()).as("glyph %s on page %d", g.unicode(), g.page() + 1)
                        .isGreaterThanOrEqualTo(42).isLessThanOrEqualTo(page.getHeight() - FlowWriter.SIDE);
            }
        }
    }

    /**
     * ux14: a gaps table continued on the next page showed only its header row there ("Kwadrant | Door geen persona
     * gedekt"), not which core activity its rows belong to. Every page a table goes on to now starts with the table's
     * title and "(vervolg)".
     */
    @Test
    void aGapsTableGoingOnToANewPageSaysWhichActivityItBelongsTo() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        List<CoverageGaps> gaps = new ArrayList<>();
        for (int a = 1; a <= 8; a++) {
            Map<Quadrant, List<String>> uncovered = new java.util.EnumMap<>(Quadrant.class);
            for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
                List<String> elements = new ArrayList<>();
                // Rows of 12 lines, so tables break between rows (pdf26: a table whose first row does not fit under
                // its header now moves to the next page whole with its heading, no longer "(vervolg)").
                for (int e = 1; e <= 12; e++) {
                    elements.add("Activiteit " + a + " element " + e);
                }
                uncovered.put(q, elements);
            }
            gaps.add(new CoverageGaps("act-" + a, uncovered));
        }
        CheckSummaries summaries = new CheckSummaries(Map.of("p-laura", PosterFixtures.footer()), gaps);
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none())) {
            PDDocument doc = pdf.document();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            int continued = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = PdfInspection.flattened(stripper.getText(doc));
                int header = text.indexOf("Kwadrant Door geen persona gedekt");
                if (header < 0) {
                    continue;
                }
                String above = text.substring(0, header);
                assertThat(above).as("page %d, above its first table header", page).matches("(?s).*act-\\d.*");
                if (above.matches("(?s)\\s*act-\\d \\(vervolg\\)\\s*")) {
                    String activity = above.strip().substring(0, 5);
                    assertThat(text).as("page %d goes on with %s's rows", page, activity)
                            .contains("Activiteit " + activity.substring(4) + " element");
                    continued++;
                }
            }
            assertThat(continued).as("tables going on to a new page").isPositive();
        }
    }

    /**
     * Session 21 (rob21b): the report's own pages printed the school, the team and an activity's name with "\uFFFD"
     * where no bundled font has a character (Hebrew, Thai, Chinese) without a word, while its posters warned. Now the
     * cover warns, once per export: the posters' "school · team" and activity lines, which hold the same texts, do
     * not warn again, however many posters there are.
     */
    @Test
    void theCoversTextsNoFontCanPrintAreWarnedForOncePerExport() throws Exception {
        String school = "Sint-Ignatius \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35 college";
        String team = "Zorg \u0E44\u0E17\u0E22";
        String activity = "Stages in \u4E2D\u56FD begeleiden";
        String principle = "We leren van onze partners in \u0E44\u0E17\u0E22 en \u4E2D\u56FD."; // on the cover only
        Workbook base = PosterFixtures.workbook(PosterFixtures.laura(), PosterFixtures.mehmet());
        Workbook wb = base.withSchool(school).withTeam(team)
                .withPrinciples(List.of(new nl.personacanvas.model.PrincipleTheme("Samen", List.of(principle))))
                .withActivities(base.activities().stream()
                .map(a -> a.id().equals(PosterFixtures.laura().activityId()) ? a.withName(activity) : a).toList());
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), CheckSummaries.none(),
                        ExportMonitor.none())) {
            String text = PdfInspection.text(pdf.document());
            assertThat(text).as("the fault is real: the marks are printed").contains("\uFFFD").doesNotContain("\u0E2A");
            List<ExportWarning> marks = pdf.result().warnings().stream()
                    .filter(w -> w.kind() == ExportWarning.Kind.REPLACEMENT_MARK).toList();
            assertThat(marks).extracting(ExportWarning::persona, ExportWarning::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Voorblad", school),
                    org.assertj.core.groups.Tuple.tuple("Voorblad", team),
                    org.assertj.core.groups.Tuple.tuple("Voorblad", principle),
                    org.assertj.core.groups.Tuple.tuple("Voorblad", activity));
            assertThat(marks.get(0).describe(java.util.Locale.forLanguageTag("nl"))).isEqualTo("Voorblad: \"" + school
                    + "\" bevat tekens die geen lettertype heeft; er staat een vervangingsteken (\uFFFD).");
        }
        try (RenderedPdf pdf = new WorkbookReport(FontLibrary.bundled()).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE).withLocale(java.util.Locale.ENGLISH), CheckSummaries.none(),
                ExportMonitor.none())) {
            assertThat(pdf.result().warnings()).filteredOn(w -> w.kind() == ExportWarning.Kind.REPLACEMENT_MARK)
                    .first().extracting(w -> w.describe(java.util.Locale.ENGLISH)).isEqualTo("Cover: \"" + school
                            + "\" contains characters no font has; a replacement mark (\uFFFD) stands in their place.");
        }
    }

    /** The report of a workbook holding {@code persona} and Laura, each with a check footer. */
    private static RenderedPdf reportBesideLaura(Persona persona) throws java.io.IOException {
        Workbook wb = PosterFixtures.workbook(persona, PosterFixtures.laura());
        CheckSummaries summaries = new CheckSummaries(Map.of(persona.id(), PosterFixtures.footer(),
                "p-laura", PosterFixtures.footer()), List.of());
        return new WorkbookReport(FontLibrary.bundled())
                .render(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE), summaries, ExportMonitor.none());
    }

    /** The page of the report that holds the coverage table ("Dekking per persona"), or -1. */
    private static int coverageTablePage(PDDocument doc) throws java.io.IOException {
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            if (PdfInspection.flattened(PdfInspection.textIn(doc, page, new Box(0, 0, 595, 842)))
                    .contains("Dekking per persona")) {
                return page;
            }
        }
        return -1;
    }
}
