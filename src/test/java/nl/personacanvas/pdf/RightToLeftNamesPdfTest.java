package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (rob26): a persona named in Arabic or Hebrew is printed with that script's letters on the posters and
 * in the comparison PDF, never as replacement marks. Hebrew printed "����" (no bundled font had it) until Noto Sans
 * Hebrew was bundled. Asserted on the text PDFBox extracts; {@code -Dpdf.keep=DIR} keeps the PDFs to look at
 * ({@code pdftoppm -png -r 60}).
 */
class RightToLeftNamesPdfTest {
    /** ʿAbd ar-Raḥmān, then a Dutch surname. */
    private static final String ARABIC = "\u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646 El Amrani";
    /** Noa Kohen, all Hebrew, and a Hebrew-first name with a combining mark (a dagesh) and an emoji sequence. */
    private static final String HEBREW = "\u05E0\u05D5\u05E2\u05D4 \u05DB\u05D4\u05DF";
    private static final String HEBREW_MIXED = "\u05E9\u05BC\u05E8\u05D4 Levi \uD83D\uDC69\uD83C\uDFFD\u200D\uD83C\uDFEB";
    private static final Instant T0 = Instant.parse("2026-03-12T10:00:00Z");
    private static final CoreActivity A4 = new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY);

    @Test
    void postersPrintArabicAndHebrewNamesWithTheirOwnLettersAndNoReplacementMark() throws Exception {
        Persona arabic = PosterFixtures.persona("p-ar", ARABIC, "begeleidt studenten op stage", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("Ontwerpt een stageopdracht")));
        Persona hebrew = PosterFixtures.persona("p-he", HEBREW, "coacht op afstand", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("\u05DE\u05DC\u05D5\u05D5\u05D4 \u05E1\u05D8\u05D5\u05D3\u05E0\u05D8\u05D9\u05DD")));
        Persona mixed = PosterFixtures.persona("p-mx", HEBREW_MIXED, "coacht", "k-a4",
                Map.of(Quadrant.DESIGN, List.of("Coacht")));
        Workbook wb = PosterFixtures.workbook(arabic, hebrew, mixed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new PosterExporter(FontLibrary.bundled()).write(wb, wb.personas(),
                PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries(), out, ExportMonitor.none());
        keep("posters.pdf", out.toByteArray());
        assertThat(result.warnings()).noneMatch(w -> w.kind() == ExportWarning.Kind.REPLACEMENT_MARK);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertPrinted(doc, ARABIC, HEBREW, HEBREW_MIXED);
            // Read from the right: on the headline's line the name's first letter (nun) stands right of its last
            // (final nun), as in "כהן נועה" drawn left to right.
            List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
            PdfInspection.Glyph last = glyphs.stream().filter(g -> g.unicode().equals("\u05DF")).findFirst().orElseThrow();
            PdfInspection.Glyph first = glyphs.stream().filter(g -> g.page() == last.page()
                    && g.unicode().equals("\u05E0") && Math.abs(g.baseline() - last.baseline()) < 0.5f)
                    .findFirst().orElseThrow();
            assertThat(first.x()).as("the Hebrew name read from the right").isGreaterThan(last.x());
        }
    }

    /**
     * Session 27 (pdf27b): a Hebrew name in the bold headline is drawn with Noto Sans Hebrew Bold, as heavy as the
     * Latin words beside it; a Hebrew entry in a panel stays regular. Until then the headline's Hebrew was regular.
     */
    @Test
    void aHebrewNameInTheBoldHeadlineIsBoldAndAHebrewEntryRegular() throws Exception {
        assertBoldNameAndRegularEntry("p-he", HEBREW,
                "\u05DE\u05DC\u05D5\u05D5\u05D4 \u05E1\u05D8\u05D5\u05D3\u05E0\u05D8\u05D9\u05DD",
                RightToLeftNamesPdfTest::isHebrew, "NotoSansHebrew", "hebrew-bold.pdf");
    }

    /**
     * pdf30: an Arabic name in the bold headline is drawn with Noto Sans Arabic Bold, as heavy as the Latin words
     * beside it (it was regular: "أمينة بن علي begeleidt …" read as a thin name before a bold sentence); an Arabic
     * entry stays regular.
     */
    @Test
    void anArabicNameInTheBoldHeadlineIsBoldAndAnArabicEntryRegular() throws Exception {
        assertBoldNameAndRegularEntry("p-ar", ARABIC,
                "\u062A\u062A\u0648\u0627\u0635\u0644 \u0645\u0639 \u0627\u0644\u0637\u0644\u0627\u0628",
                RightToLeftNamesPdfTest::isArabic, "NotoSansArabic", "arabic-bold.pdf");
    }

    /** The name's letters of {@code script} in the headline in {@code face}-Bold, the entry's in {@code face}-Regular. */
    private static void assertBoldNameAndRegularEntry(String id, String name, String entry,
            Predicate<String> script, String face, String kept) throws Exception {
        Persona persona = PosterFixtures.persona(id, name, "coacht op afstand", "k-a4",
                Map.of(Quadrant.DESIGN, List.of(entry)));
        Workbook wb = PosterFixtures.workbook(persona);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PosterExporter(FontLibrary.bundled()).write(wb, wb.personas(), PosterOptions.defaults(PosterFixtures.DATE),
                PosterFixtures.summaries(), out, ExportMonitor.none());
        keep(kept, out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
            // A short headline is set at its full 22 pt on A4 (the initials avatar is larger, the entries smaller).
            float headline = 22f;
            assertThat(glyphs).filteredOn(g -> g.fontSize() == headline && script.test(g.unicode()))
                    .as("the name's letters in the headline").hasSizeGreaterThanOrEqualTo(6)
                    .allMatch(g -> g.font().endsWith(face + "-Bold"), "drawn with the script's bold face");
            assertThat(glyphs).filteredOn(g -> g.fontSize() == headline && g.unicode().matches("[a-z]"))
                    .isNotEmpty().allMatch(g -> g.font().endsWith("NotoSans-Bold"), "the Latin words beside it bold");
            assertThat(glyphs).filteredOn(g -> g.fontSize() < headline && script.test(g.unicode()))
                    .as("the entry's letters").hasSizeGreaterThanOrEqualTo(6)
                    .allMatch(g -> g.font().endsWith(face + "-Regular"), "an entry stays regular");
            String text = Normalizer.normalize(PdfInspection.text(doc), Normalizer.Form.NFKC);
            assertThat(text).doesNotContain("\uFFFD");
        }
    }

    /** A letter of the Arabic block or its presentation forms (the shaped glyphs as drawn). */
    private static boolean isArabic(String unicode) {
        if (unicode.isEmpty()) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(unicode.codePointAt(0));
        return block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B;
    }

    private static boolean isHebrew(String unicode) {
        return !unicode.isEmpty() && Character.UnicodeBlock.of(unicode.codePointAt(0)) == Character.UnicodeBlock.HEBREW;
    }

    @Test
    void theComparisonPdfPrintsArabicAndHebrewNamesWithTheirOwnLetters() throws Exception {
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        List<ComparedPersona> compared = List.of(
                new ComparedPersona("a.pcanvas", persona("p-ar", ARABIC, "Begeleidt op stage"), A4),
                new ComparedPersona("b.pcanvas", persona("p-he", HEBREW, "\u05DE\u05DC\u05D5\u05D5\u05D4"), A4),
                new ComparedPersona("c.pcanvas", persona("p-mx", HEBREW_MIXED, "Coacht"), A4));
        PersonaComparison comparison = PersonaComparison.of(compared, matrix, ElementMatcher.LINKS_ONLY);
        try (RenderedPdf rendered = new ComparisonPdf(FontLibrary.bundled()).render(comparison,
                Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            assertThat(rendered.result().warnings()).noneMatch(w -> w.kind() == ExportWarning.Kind.REPLACEMENT_MARK);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            rendered.document().save(out);
            keep("compare.pdf", out.toByteArray());
            assertPrinted(rendered.document(), ARABIC, HEBREW, HEBREW_MIXED);
        }
    }

    /**
     * Every letter of each name is in the text PDFBox extracts (Arabic as drawn, in its shaped presentation forms,
     * so compared after compatibility normalisation), no replacement mark, and the Hebrew font is embedded.
     */
    private static void assertPrinted(PDDocument doc, String... names) throws Exception {
        String text = Normalizer.normalize(PdfInspection.text(doc), Normalizer.Form.NFKC);
        assertThat(text).doesNotContain("\uFFFD");
        for (String name : names) {
            String letters = name.codePoints().filter(Character::isLetter).filter(c -> c > 0x7F)
                    .mapToObj(Character::toString).collect(Collectors.joining());
            assertThat(letters).isNotEmpty();
            letters.codePoints().forEach(c -> assertThat(text).as("%s (U+%04X) of %s printed", Character.toString(c), c, name)
                    .contains(Character.toString(c)));
        }
        List<String> fonts = PdfInspection.fonts(doc).stream().map(PDFont::getName).toList();
        assertThat(fonts).anyMatch(n -> n.endsWith("NotoSansHebrew-Regular"))
                .anyMatch(n -> n.contains("NotoSansArabic-"));
        assertThat(PdfInspection.fonts(doc)).allMatch(PDFont::isEmbedded);
    }

    private static Persona persona(String id, String name, String entry) {
        return new Persona(id, name, "", "A4", List.of(), null, "", T0, T0,
                Canvas.of(Map.of(Quadrant.DELIVER, List.of(new Entry("e-" + id, entry, List.of(), "")))));
    }

    private static void keep(String file, byte[] pdf) throws Exception {
        String dir = System.getProperty("pdf.keep");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, file), pdf);
        }
    }
}
