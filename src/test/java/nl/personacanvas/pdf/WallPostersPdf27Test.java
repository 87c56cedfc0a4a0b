package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (branch pdf27): posters of 5, 40 and 120 entries for a wall. A continuation page kept the first page's
 * 2×2 grid, so an overflowing quadrant ran on in its quarter beside empty panels; now only the quadrants with
 * entries left have a panel, across the page in two columns, headed "… (vervolg)". Every entry carries a tag
 * ("[U07]") so the tests find where it landed in the PDF, read back with PDFBox.
 */
class WallPostersPdf27Test {
    private static final Pattern TAG = Pattern.compile("\\[([OUCH])(\\d{2})]");
    private static final List<PaperSize> PAPERS = List.of(PaperSize.A4, PaperSize.A3, PaperSize.A2);
    private static FontLibrary fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = FontLibrary.bundled();
    }

    @Test
    void everyEntryLandsOnceInItsQuadrantsPanelOnEveryPaper() throws Exception {
        for (Persona persona : List.of(WallPosterFixtures.five(), WallPosterFixtures.forty(),
                WallPosterFixtures.hundredTwenty(), WallPosterFixtures.oneCrowded())) {
            Workbook wb = PosterFixtures.workbook(persona);
            for (PaperSize paper : PAPERS) {
                for (boolean landscape : List.of(false, true)) {
                    PosterOptions options = options(paper, landscape);
                    String which = persona.id() + " " + paper + (landscape ? " landscape" : " portrait");
                    try (RenderedPdf pdf = render(wb, options)) {
                        assertEntriesInTheirPanels(which, persona, pdf.document(), plan(wb, persona, options));
                        assertThat(pdf.result().warnings()).as(which)
                                .noneMatch(w -> w.kind() == ExportWarning.Kind.ENTRY_BROKEN);
                    }
                }
            }
        }
    }

    @Test
    void aContinuationPageGivesTheOverflowingQuadrantTheWidthOfThePageInTwoColumns() throws Exception {
        Persona sanne = WallPosterFixtures.oneCrowded();
        Workbook wb = PosterFixtures.workbook(sanne);
        for (PaperSize paper : PAPERS) {
            PosterOptions options = options(paper, false);
            List<PosterPage> plan = plan(wb, sanne, options);
            // Was 5 pages: the 25 notes ran on in a quarter of each continuation page.
            assertThat(plan).as(paper + ": pages").hasSize(3);
            try (RenderedPdf pdf = render(wb, options)) {
                PDDocument doc = pdf.document();
                assertThat(PdfInspection.panelText(doc, plan, 0, Quadrant.ORGANISE))
                        .as(paper + ": the one Organiseren note on the first page").contains("[C01]");
                for (int page = 1; page < plan.size(); page++) {
                    PosterPage continued = plan.get(page);
                    assertThat(continued.panels()).as(paper + " page " + (page + 1))
                            .extracting(PosterPage.Panel::quadrant).containsExactly(Quadrant.DELIVER);
                    Box panel = PdfInspection.panel(continued, Quadrant.DELIVER);
                    assertThat(panel.width()).as(paper + ": the panel across the page")
                            .isGreaterThan(0.85f * continued.width());
                    String text = PdfInspection.panelText(doc, plan, page, Quadrant.DELIVER);
                    assertThat(text).startsWith("Uitvoeren & Begeleiden (vervolg)");
                    // Both columns hold entries: tags stand left and right of the page's middle.
                    int index = page;
                    List<PdfInspection.Glyph> brackets = PdfInspection.glyphs(doc).stream()
                            .filter(g -> g.page() == index && g.unicode().equals("[")).toList();
                    float middle = continued.width() / 2;
                    assertThat(brackets).as(paper + " page " + (page + 1) + ": left column").anyMatch(g -> g.x() < middle);
                    assertThat(brackets).as(paper + " page " + (page + 1) + ": right column").anyMatch(g -> g.x() > middle);
                }
            }
        }
    }

    @Test
    void continuationPagesAreFullUntilTheLastAndAQuadrantsRestReadsAsOneList() throws Exception {
        Persona noa = WallPosterFixtures.hundredTwenty();
        Workbook wb = PosterFixtures.workbook(noa);
        for (PaperSize paper : PAPERS) {
            for (boolean landscape : List.of(false, true)) {
                PosterOptions options = options(paper, landscape);
                String which = paper + (landscape ? " landscape" : " portrait");
                List<PosterPage> plan = plan(wb, noa, options);
                // Was 7 or 8 pages with the 2×2 grid on every page.
                assertThat(plan).as(which + ": pages").hasSizeLessThanOrEqualTo(6);
                List<Quadrant> order = new ArrayList<>();
                for (int page = 1; page < plan.size(); page++) {
                    PosterPage continued = plan.get(page);
                    for (PosterPage.Panel panel : continued.panels()) {
                        if (order.isEmpty() || order.get(order.size() - 1) != panel.quadrant()) {
                            order.add(panel.quadrant());
                        }
                    }
                    if (page < plan.size() - 1) {
                        float lowest = continued.panels().stream().map(p -> p.box().y()).min(Float::compare)
                                .orElseThrow();
                        float room = lowest - continued.footer().top();
                        assertThat(room).as(which + ": room left under the panels of page " + (page + 1))
                                .isLessThan(0.2f * continued.height());
                    }
                }
                // Each quadrant's rest goes on page after page until it is done; then the next begins.
                assertThat(order).as(which).doesNotHaveDuplicates().isSorted();
            }
        }
    }

    @Test
    void aNoteMayGoOnAtTheTopOfTheSecondColumnButNeverOverleaf() {
        float size = 9;
        List<EntryFlow.Line> lines = new ArrayList<>();
        lines.addAll(lines("a", 3));
        lines.addAll(lines("b", 5));
        float leading = size * EntryFlow.LEADING;
        float gap = size * EntryFlow.ENTRY_GAP;
        // Room for a, the gap and three lines of b: b goes on at the top of the second column.
        assertThat(EntryColumns.firstColumn(lines, 6 * leading + gap, size)).isEqualTo(6);
        // Room for one line of b only: b starts in the second column, no bullet line alone at a column's foot.
        assertThat(EntryColumns.firstColumn(lines, 4 * leading + gap, size)).isEqualTo(3);
        // Two even columns: a in the first, b in the second, at the least height that holds them.
        assertThat(EntryColumns.need(lines, size)).isBetween(5 * leading - 0.1f, 5 * leading + 0.2f);
        // A long note whose rest is taller than the second column waits whole for the next column.
        List<EntryFlow.Line> longNote = new ArrayList<>(lines("a", 3));
        longNote.addAll(lines("c", 12));
        assertThat(EntryColumns.firstColumn(longNote, 6 * leading + gap, size)).isEqualTo(3);
    }

    private static List<EntryFlow.Line> lines(String entry, int count) {
        List<EntryFlow.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new EntryFlow.Line(entry + " line " + i, false, i == 0, entry));
        }
        return lines;
    }

    /**
     * Every entry's tag once in the document, inside a panel of its own quadrant together with the entry's whole
     * text; every panel of a continuation page holds an entry (no heading alone); every glyph on the paper.
     */
    private static void assertEntriesInTheirPanels(String which, Persona persona, PDDocument doc, List<PosterPage> plan)
            throws Exception {
        assertThat(doc.getNumberOfPages()).as(which + ": pages").isEqualTo(plan.size());
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> panelOf = new HashMap<>();
        for (int page = 0; page < plan.size(); page++) {
            for (PosterPage.Panel panel : plan.get(page).panels()) {
                String text = PdfInspection.flattened(PdfInspection.textIn(doc, page, panel.box()));
                Matcher tags = TAG.matcher(text);
                int found = 0;
                while (tags.find()) {
                    assertThat(tags.group(1).charAt(0)).as(which + ": " + tags.group() + " in " + panel.quadrant())
                            .isEqualTo("OUCH".charAt(panel.quadrant().ordinal()));
                    seen.merge(tags.group(), 1, Integer::sum);
                    panelOf.put(tags.group(), text);
                    found++;
                }
                if (page > 0) {
                    assertThat(found).as(which + ": entries in " + panel.quadrant() + " on page " + (page + 1))
                            .isPositive();
                    assertThat(text).as(which).contains("(vervolg)");
                }
            }
        }
        Map<Quadrant, List<String>> entries = WallPosterFixtures.entries(persona);
        int total = 0;
        for (Quadrant q : Quadrant.values()) {
            for (String entry : entries.get(q)) {
                String tag = entry.substring(0, 5);
                assertThat(seen.get(tag)).as(which + ": " + tag + " printed once").isEqualTo(1);
                assertThat(panelOf.get(tag)).as(which + ": " + tag + " whole in one panel").contains(entry);
                total++;
            }
        }
        Matcher all = TAG.matcher(PdfInspection.text(doc));
        int inDocument = 0;
        while (all.find()) {
            inDocument++;
        }
        assertThat(inDocument).as(which + ": tags in the whole document").isEqualTo(total);
        for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
            if (g.unicode().isBlank()) {
                continue;
            }
            PosterPage page = plan.get(g.page());
            assertThat(g.x()).as(which + ": page " + (g.page() + 1)).isBetween(0f, page.width() - g.width());
            assertThat(g.baseline()).as(which + ": page " + (g.page() + 1)).isBetween(0f, page.height());
            boolean inside = page.textBoxes().stream().anyMatch(b -> g.x() >= b.x() - 0.5f
                    && g.x() + g.width() <= b.right() + 0.5f && g.baseline() + 0.7f * g.fontSize() <= b.top() + 0.5f
                    && g.baseline() - 0.22f * g.fontSize() >= b.y() - 0.5f);
            assertThat(inside).as("%s: glyph %s on page %d at (%.1f, %.1f)", which, g.unicode(), g.page() + 1, g.x(),
                    g.baseline()).isTrue();
        }
    }

    private static PosterOptions options(PaperSize paper, boolean landscape) {
        return PosterOptions.defaults(PosterFixtures.DATE).withSize(paper).withLandscape(landscape);
    }

    private static CheckSummaries summaries(Workbook wb) {
        return new CheckSummaries(Map.of(wb.personas().get(0).id(), PosterFixtures.footer()), List.of());
    }

    private static RenderedPdf render(Workbook wb, PosterOptions options) throws java.io.IOException {
        return new PosterExporter(fonts).render(wb, wb.personas(), options, summaries(wb), ExportMonitor.none());
    }

    private static List<PosterPage> plan(Workbook wb, Persona persona, PosterOptions options) throws Exception {
        try (PDDocument scratch = new PDDocument()) {
            return new PosterRenderer(scratch, fonts, new Typesetter(fonts, DutchHyphenator.bundled()), options)
                    .plan(wb, persona, PosterFixtures.footer());
        }
    }
}
