package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (pdf28), seen on the PNGs of session 27's report: the date twice on a poster page of the report, the
 * page footer 12 pt inside the posters' margin, 16 pt entries under 14 pt quadrant headings, and no section at all
 * for a school's own activity under "Niet gedekt per kernactiviteit".
 */
class ReportPageLayoutTest {
    private static final float TOLERANCE = 0.5f;
    private static FontLibrary fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = FontLibrary.bundled();
    }

    private static RenderedPdf report(Workbook wb, PosterOptions options, CheckSummaries summaries) throws Exception {
        return new WorkbookReport(fonts).render(wb, wb.personas(), options, summaries, ExportMonitor.none());
    }

    private static List<String> pages(PDDocument document) throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(PdfInspection.flattened(PdfInspection.textIn(document, i, new Box(0, 0, 5000, 5000))));
        }
        return pages;
    }

    @Test
    void aPosterInTheReportPrintsTheDateOnceInThePageFooterAndAloneItKeepsItsOwn() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        try (RenderedPdf pdf = report(wb, PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries())) {
            List<String> pages = pages(pdf.document());
            String poster = pages.stream().filter(p -> p.contains(PosterFixtures.laura().headline())).findFirst()
                    .orElseThrow();
            assertThat(poster).contains("Dekking: Ontwerpen & Ontwikkelen 2/3").contains("Pagina 2 van 3")
                    .doesNotContain("Afgedrukt op");
            assertThat(poster.split("12 maart 2026", -1)).as("the date once, in the page footer").hasSize(2);
        }
        // A tile sheet carries no page footer: its poster keeps the date.
        try (RenderedPdf pdf = report(wb, PosterOptions.defaults(PosterFixtures.DATE).withSize(PaperSize.A2)
                .withTileSheet(PaperSize.A4), PosterFixtures.summaries())) {
            assertThat(PdfInspection.flattened(PdfInspection.text(pdf.document()))).contains("Afgedrukt op 12 maart 2026");
        }
        try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), ExportMonitor.none())) {
            assertThat(PdfInspection.flattened(PdfInspection.text(pdf.document()))).contains("Afgedrukt op 12 maart 2026");
        }
    }

    @Test
    void everyPageOfTheReportHasOneInsetForItsTextItsPosterAndItsFooter() throws Exception {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura(), PosterFixtures.crowded());
        for (PaperSize paper : List.of(PaperSize.A4, PaperSize.A2)) {
            float inset = PosterPageBuilder.MARGIN * paper.scale();
            try (RenderedPdf pdf = report(wb, PosterOptions.defaults(PosterFixtures.DATE).withSize(paper),
                    PosterFixtures.summaries())) {
                PDDocument doc = pdf.document();
                List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
                float width = doc.getPage(0).getMediaBox().getWidth();
                for (int page = 0; page < doc.getNumberOfPages(); page++) {
                    int p = page;
                    List<PdfInspection.Glyph> footer = glyphs.stream().filter(g -> g.page() == p)
                            .filter(g -> PdfInspection.inPageFooter(g, paper.scale())).toList();
                    List<PdfInspection.Glyph> rest = glyphs.stream().filter(g -> g.page() == p)
                            .filter(g -> !PdfInspection.inPageFooter(g, paper.scale())).toList();
                    float footerLeft = (float) footer.stream().mapToDouble(PdfInspection.Glyph::x).min().orElseThrow();
                    float footerRight = (float) footer.stream().mapToDouble(g -> g.x() + g.width()).max().orElseThrow();
                    float textLeft = (float) rest.stream().mapToDouble(PdfInspection.Glyph::x).min().orElseThrow();
                    assertThat(footerLeft).as("%s page %d: footer starts on the inset", paper, p + 1)
                            .isCloseTo(inset, org.assertj.core.data.Offset.offset(1f));
                    assertThat(footerRight).as("%s page %d: footer ends on the inset", paper, p + 1)
                            .isCloseTo(width - inset, org.assertj.core.data.Offset.offset(1f));
                    // The text pages start their lines on the inset, a poster its panels (their text a padding in).
                    assertThat(textLeft).as("%s page %d: nothing left of the inset", paper, p + 1)
                            .isGreaterThanOrEqualTo(inset - TOLERANCE).isLessThan(inset + 25 * paper.scale());
                }
            }
        }
    }

    @Test
    void aQuadrantHeadingStandsAboveItsEntriesAtEveryEntrySize() throws Exception {
        for (int count : new int[] {0, 1, 4, 8, 16, 32, 80}) {
            Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
            for (Quadrant q : Quadrant.values()) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    texts.add(i % 3 == 0 ? "Kan goed plannen" : "Stemt met het stagebedrijf in Spanje af over de "
                            + "leerdoelen en de begeleiding van de student op de werkvloer");
                }
                entries.put(q, texts);
            }
            Persona persona = PosterFixtures.persona("p-laura", "Laura", "begeleidt studenten bij een stage",
                    "k-a4", entries);
            Workbook wb = PosterFixtures.workbook(persona);
            for (PosterOptions options : List.of(PosterOptions.defaults(PosterFixtures.DATE),
                    PosterOptions.defaults(PosterFixtures.DATE).withLandscape(true),
                    PosterOptions.defaults(PosterFixtures.DATE).withSize(PaperSize.A2),
                    PosterOptions.defaults(PosterFixtures.DATE).withLocale(Locale.ENGLISH))) {
                List<PosterPage> plan = plan(wb, persona, options);
                try (RenderedPdf pdf = new PosterExporter(fonts).render(wb, wb.personas(), options,
                        PosterFixtures.summaries(), ExportMonitor.none())) {
                    List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(pdf.document());
                    for (int page = 0; page < plan.size(); page++) {
                        for (PosterPage.Panel panel : plan.get(page).panels()) {
                            int p = page;
                            List<PdfInspection.Glyph> inPanel = glyphs.stream().filter(g -> g.page() == p)
                                    .filter(g -> inside(g, panel.box())).filter(g -> !g.unicode().isBlank()).toList();
                            List<PdfInspection.Glyph> heading = inPanel.stream()
                                    .filter(g -> g.font().contains("Bold")).toList();
                            double entryMax = inPanel.stream().filter(g -> !g.font().contains("Bold"))
                                    .filter(g -> !g.unicode().equals("•"))
                                    .mapToDouble(PdfInspection.Glyph::fontSize).max().orElse(0);
                            assertThat(heading).as("%d entries, page %d, %s: a bold heading", count, p + 1,
                                    panel.quadrant()).isNotEmpty();
                            double headingMin = heading.stream().mapToDouble(PdfInspection.Glyph::fontSize).min()
                                    .orElseThrow();
                            assertThat(headingMin).as("%d entries, page %d, %s: heading over entries", count, p + 1,
                                    panel.quadrant()).isGreaterThanOrEqualTo(
                                    // PDFBox gives glyph sizes in whole points.
                                    PosterLayout.HEADING_OVER_ENTRY * entryMax - 1)
                                    .isGreaterThanOrEqualTo(14 * options.size().scale() - 0.01);
                        }
                    }
                }
            }
        }
    }

    @Test
    void anOwnActivityShowsItsFlagsTheProfessionalRowAndTheSharedAttitudes() throws Exception {
        Persona laura = PosterFixtures.laura().withActivityId("k-own");
        Persona noa = PosterFixtures.persona("p-noa", "נועה כהן", "begeleidt studenten", "k-own",
                Map.of(Quadrant.DESIGN, List.of("Kan goed plannen")));
        Workbook wb = PosterFixtures.workbook(laura, noa, PosterFixtures.mehmet());
        CheckSummaries summaries = new CheckSummaries(
                Map.of("p-laura", PosterFixtures.footer(), "p-noa", PosterFixtures.footer(),
                        "p-mehmet", PosterFixtures.footer()),
                List.of(new CoverageGaps("k-a1", Map.of(Quadrant.DESIGN, List.of("Oog voor belevingswereld")))),
                List.of(new OwnActivityCheck("k-own", List.of(new EntryFlags("p-laura", 1, 2, 0, 0),
                        new EntryFlags("p-noa", 0, 2, 0, 0)), 7, List.of("Ontwikkelingen in het vak volgen",
                        "Meerwaarde van diversiteit erkennen"), 7, List.of("flexibel", "empathisch"))));
        try (RenderedPdf pdf = report(wb, PosterOptions.defaults(PosterFixtures.DATE), summaries)) {
            String text = PdfInspection.withoutPageFooters(PdfInspection.flattened(PdfInspection.text(pdf.document())));
            String own = "Eigen · Inkomend bezoek van collega's en studenten van internationale partnerscholen "
                    + "inzetten in het onderwijs";
            String gaps = text.substring(text.indexOf("Niet gedekt per kernactiviteit"));
            // In the workbook's order: A1's gaps, then the own activity (listed last among the activities).
            PosterExporterTest.assertInOrder(gaps, List.of("A1 · Zorgen dat studenten", "Oog voor belevingswereld",
                    own, "Een eigen kernactiviteit staat niet in de matrix", "Onderdeel Uitkomst",
                    "Kwadrant en signalen Laura: 1 misplaatst · 2 te algemeen",
                    "Professional (rijbreed) 5 van 7 getoond; door geen persona: Ontwikkelingen in het vak volgen "
                            + "Meerwaarde van diversiteit erkennen",
                    "Gedeelde houdingen 5 van 7 genoemd; door geen persona: flexibel, empathisch"));
            // PDFBox's text extraction reorders a line with Hebrew in it by itself; the glyphs' places tell how it reads.
            // A line starting with a Hebrew name still reads left to right: the name, then what the check says (without
            // the left-to-right mark the line was set right to left, "2 te algemeen :נועה כהן"; without the isolate around
            // the name, "2 :נועה כהן te algemeen").
            List<String> lines = lines(PdfInspection.glyphs(pdf.document()));
            String hebrewLine = lines.stream().filter(l -> l.matches(".*\\p{InHebrew}.*") && l.contains("te algemeen"))
                    .findFirst().orElseThrow();
            assertThat(hebrewLine).matches("[\\p{InHebrew} ]+: 2 te algemeen");
        }
        try (RenderedPdf pdf = report(wb, PosterOptions.defaults(PosterFixtures.DATE).withLocale(Locale.ENGLISH),
                summaries)) {
            String text = PdfInspection.flattened(PdfInspection.text(pdf.document()));
            PosterExporterTest.assertInOrder(text, List.of("Not covered per core activity", "Own · Inkomend bezoek",
                    "Quadrant fit and flags Laura: 1 misplaced · 2 too general",
                    "Professional (all activities) 5 of 7 shown; by no persona:",
                    "Shared attitudes 5 of 7 named; by no persona: flexibel, empathisch"));
        }
    }

    /** The text of each drawn line (glyphs of one page on one baseline), in the order of the glyphs from the left. */
    private static List<String> lines(List<PdfInspection.Glyph> glyphs) {
        Map<String, List<PdfInspection.Glyph>> byLine = new java.util.LinkedHashMap<>();
        for (PdfInspection.Glyph g : glyphs) {
            byLine.computeIfAbsent(g.page() + ":" + Math.round(g.baseline()), k -> new ArrayList<>()).add(g);
        }
        List<String> lines = new ArrayList<>();
        for (List<PdfInspection.Glyph> line : byLine.values()) {
            StringBuilder text = new StringBuilder();
            float end = Float.NaN;
            for (PdfInspection.Glyph g : line.stream().sorted(java.util.Comparator.comparingDouble(
                    PdfInspection.Glyph::x)).toList()) {
                if (!Float.isNaN(end) && g.x() - end > g.fontSize() * 0.15f) {
                    text.append(' ');
                }
                text.append(g.unicode().isBlank() ? " " : g.unicode());
                end = g.x() + g.width();
            }
            lines.add(text.toString().replaceAll(" +", " ").strip());
        }
        return lines;
    }

    private static boolean inside(PdfInspection.Glyph g, Box box) {
        return g.upright() && g.x() >= box.x() - TOLERANCE && g.x() + g.width() <= box.right() + TOLERANCE
                && g.baseline() >= box.y() && g.baseline() <= box.top();
    }

    private static List<PosterPage> plan(Workbook wb, Persona persona, PosterOptions options) throws Exception {
        try (PDDocument scratch = new PDDocument()) {
            return new PosterRenderer(scratch, fonts, new Typesetter(fonts, DutchHyphenator.bundled()), options)
                    .plan(wb, persona, PosterFixtures.footer());
        }
    }
}
