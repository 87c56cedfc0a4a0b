package nl.personacanvas.pdf;

import static nl.personacanvas.pdf.PosterExporterTest.assertInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side comparison as PDF: read back with PDFBox. */
class ComparisonPdfTest {
    private static final String[] HEADINGS = {"Ontwerpen & Ontwikkelen", "Uitvoeren & Begeleiden",
        "Organiseren & Communiceren", "Houding"};
    private static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");
    private static final CoreActivity A4 = new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY);
    private static CompetencyMatrix matrix;
    private static ComparisonPdf pdf;
    private static ElementMatcher checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        matrix = CompetencyMatrix.loadBundled();
        pdf = new ComparisonPdf(FontLibrary.bundled());
        checker = new CheckerElementMatcher(new CanvasChecker(matrix));
    }

    /** Laura, Joost and Fatima of the default sample, read by the checker as the command line does. */
    static PersonaComparison sample() {
        return sampleOf("Laura", "Joost", "Fatima");
    }

    /** These personas of the default sample (Laura and Joost of A4, Fatima of A2), read by the checker. */
    static PersonaComparison sampleOf(String... names) {
        Workbook wb = new SampleWorkbooks(new WorkbookCodec()).load(new SampleWorkbooks(new WorkbookCodec()).defaultSample());
        List<ComparedPersona> compared = new ArrayList<>();
        for (String name : names) {
            Persona p = wb.personas().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            compared.add(new ComparedPersona("alfa-college.pcanvas", p, wb.activityOf(p).orElse(null)));
        }
        return PersonaComparison.of(compared, matrix, checker);
    }

    @Test
    void showsEveryPersonaQuadrantAndEntryInOrderOnOneA3LandscapePageThenTheKey() throws Exception {
        PersonaComparison comparison = sample();
        Path file = dir.resolve("vergelijking.pdf");

        ExportResult result = pdf.write(comparison, Locale.forLanguageTag("nl"), file, ExportMonitor.none());

        assertThat(result.files()).containsExactly(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // The rows fill the first page (at the smallest entry size); the key follows on a page of its own.
            assertThat(doc.getNumberOfPages()).isEqualTo(2).isEqualTo(result.pages());
            assertThat(pdf.plan(comparison, new PdfMessages(Locale.forLanguageTag("nl"))).get(0).key()).isEmpty();
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            String text = PdfInspection.flattened(PdfInspection.text(doc));
            assertInOrder(text, List.of("Persona's naast elkaar – alfa-college.pcanvas", "Laura", "Joost", "Fatima"));
            assertInOrder(text, List.of(HEADINGS));
            for (Quadrant q : Quadrant.values()) {
                List<String> expected = new ArrayList<>(List.of(HEADINGS[q.ordinal()]));
                for (ComparedPersona p : comparison.personas()) {
                    p.persona().canvas().entries(q).forEach(e -> expected.add(e.text()));
                }
                assertInOrder(text, expected);
            }
            assertThat(text).contains("Ontbreekt hier, wel bij een ander: ");
            for (PDFont font : PdfInspection.fonts(doc)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(PdfInspection.fonts(doc)).isNotEmpty();
        }
    }

    @Test
    void drawsEveryGlyphInsideThePageAndItsColumn() throws Exception {
        PersonaComparison comparison = sample();
        List<ComparisonPage> pages = pdf.plan(comparison, new PdfMessages(Locale.forLanguageTag("nl")));
        try (RenderedPdf rendered = pdf.render(comparison, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            assertGlyphsInside(rendered.document(), pages);
        }
    }

    @Test
    void linkedEntriesShareTheirTwinTagAndMissingElementsAreMarked() {
        PersonaComparison comparison = sample();
        assertThat(comparison.twins()).isNotEmpty();
        ComparisonPage page = pdf.plan(comparison, new PdfMessages(Locale.forLanguageTag("nl"))).get(0);

        for (PersonaComparison.TwinGroup twin : comparison.twins()) {
            List<ComparisonPage.Tag> drawn = page.tags().stream().filter(t -> t.group() == twin.index()).toList();
            // One tag per entry of the group, each numbered like the screen does, each in the group's colour.
            assertThat(drawn).hasSize(twin.entries().size())
                    .allMatch(t -> t.label().text().equals(String.valueOf(twin.index() + 1)));
            assertThat(drawn.stream().map(t -> columnOf(page, t.box().x())).distinct().count()).isGreaterThan(1);
        }
        List<String> marks = page.texts().stream().filter(i -> i.colour().equals(ComparisonPalette.MISSING_TEXT))
                .map(i -> i.text().text()).toList();
        for (int c = 0; c < 3; c++) {
            for (Quadrant q : Quadrant.values()) {
                for (MatrixItem item : comparison.missingIn(c, q)) {
                    assertThat(String.join(" ", marks)).contains(new PdfMessages(Locale.forLanguageTag("nl")).item(item));
                }
            }
        }
    }

    /**
     * Session 12: the tags under entries and the missing marks name elements in words, "Ontwerpen 2*" and
     * "Ontwerpen 1 (Leeruitkomsten …)", as the window does; in English "Design 2*". The ids were printed.
     */
    @Test
    void elementsAreNamedInWordsNotIdsInBothLanguages() throws Exception {
        PersonaComparison comparison = sample();
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            try (RenderedPdf rendered = pdf.render(comparison, locale, ExportMonitor.none())) {
                String text = PdfInspection.flattened(PdfInspection.text(rendered.document()));
                String design = locale == Locale.ENGLISH ? "Design" : "Ontwerpen";
                assertThat(text).as(locale.toString())
                        .containsPattern("(" + design + "|Deliver|Uitvoeren|Organise|Organiseren) \\d\\*?")
                        // Fatima's (A2) beside Laura's and Joost's (A4): with the activity (session 22, ux22b).
                        .containsPattern(locale == Locale.ENGLISH ? "Missing here, covered by another: A\\d \\p{L}+ \\d \\("
                                : "Ontbreekt hier, wel bij een ander: A\\d \\p{L}+ \\d \\(")
                        .doesNotContainPattern("\\b(A\\d|P|H)\\.(\\w+\\.)?\\d");
            }
        }
    }

    /**
     * Session 22 (ux22b): Laura (A4) and Fatima (A2) side by side had tags "Ontwerpen 1*" in both columns, each of its
     * own activity's matrix. With personas of several activities each column's elements say their activity, "A4
     * Ontwerpen 1*" under Laura and "A2 Ontwerpen 2*" under Fatima (the professional row, every activity's, keeps its
     * name), as the key does; two personas of one activity keep the short names.
     */
    @Test
    void elementsOfSeveralActivitiesSayTheirActivityInTheirColumn() throws Exception {
        String element = "(Ontwerpen|Uitvoeren|Organiseren) \\d+";
        PersonaComparison two = sampleOf("Laura", "Fatima");
        PdfMessages messages = new PdfMessages(Locale.forLanguageTag("nl"));
        ComparisonPage first = pdf.plan(two, messages).get(0);
        try (RenderedPdf rendered = pdf.render(two, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            String laura = PdfInspection.flattened(PdfInspection.textIn(rendered.document(), 0, first.columns().get(0)));
            String fatima = PdfInspection.flattened(PdfInspection.textIn(rendered.document(), 0, first.columns().get(1)));
            assertThat(laura).containsPattern("A4 " + element + "\\*")
                    .doesNotContainPattern("A2 " + element).doesNotContainPattern("(?<!A\\d )\\b" + element);
            assertThat(fatima).containsPattern("A2 " + element + "\\*")
                    .doesNotContainPattern("A4 " + element).doesNotContainPattern("(?<!A\\d )\\b" + element);
            // The red marks name elements with their activity too: Laura, Joost and Fatima's comparison, below.
        }
        PersonaComparison one = sampleOf("Laura", "Joost");
        try (RenderedPdf rendered = pdf.render(one, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(rendered.document()));
            assertThat(text).containsPattern(element + "\\*").doesNotContainPattern("A\\d " + element);
        }
    }

    /**
     * Session 13: a key at the end says what a star after an element's name means and gives the matrix's words for
     * every element the comparison names (attitudes are named by their words), in the reader's language. Before,
     * "Ontwerpen 2*" on paper was explained only by a 6.5 pt line under the title.
     */
    @Test
    void aKeySaysWhatTheStarMeansAndWhatEveryElementIsInBothLanguages() throws Exception {
        PersonaComparison comparison = sample();
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            PdfMessages messages = new PdfMessages(locale);
            List<ComparisonPage> pages = pdf.plan(comparison, messages);
            assertThat(pages.get(pages.size() - 1).key()).isNotEmpty();
            String planned = squeezed(String.join(" ", pages.stream().flatMap(p -> p.texts().stream())
                    .map(i -> i.text().text()).toList()));
            List<MatrixItem> elements = comparison.items().stream().map(PersonaComparison.ItemRow::item)
                    .filter(i -> i.role() != nl.personacanvas.matrix.MatrixRole.ATTITUDES).toList();
            assertThat(elements).hasSizeGreaterThan(5);
            for (MatrixItem item : elements) {
                assertThat(planned).as(locale + " " + item.id())
                        .contains(squeezed((item.activityId() == null ? "" : item.activityId() + " ") + messages.item(item)
                                + ": " + TextCleaner.singleLine(item.label())));
            }
            try (RenderedPdf rendered = pdf.render(comparison, locale, ExportMonitor.none())) {
                String text = PdfInspection.flattened(PdfInspection.text(rendered.document()));
                assertThat(text).as(locale.toString()).contains(locale == Locale.ENGLISH
                        ? "Key An element with * (such as “Design 2*”) was found in the text by the check; without *,"
                        + " someone linked it by hand."
                        : "Sleutel Een element met * (zoals „Ontwerpen 2*”) heeft de controle zelf in de tekst"
                        + " gevonden; zonder * heeft iemand het met de hand gekoppeld.");
                assertGlyphsInside(rendered.document(), pages);
            }
        }
    }

    /** Six personas of A4 and every element linked: the key continues on a page of its own, inside its columns. */
    @Test
    void aLongKeyContinuesOnANewPageInsideItsColumns() throws Exception {
        List<String> all = matrix.allElements().stream().map(e -> e.id()).toList();
        List<ComparedPersona> crowded = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            Map<Quadrant, List<Entry>> entries = new java.util.EnumMap<>(Quadrant.class);
            for (Quadrant q : Quadrant.values()) {
                List<Entry> list = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    list.add(new Entry("e" + p + q.ordinal() + "x" + i, "Punt " + p + "." + q.ordinal() + "." + i
                            + " begeleidt studenten bij een internationale stage", all, ""));
                }
                entries.put(q, list);
            }
            crowded.add(new ComparedPersona("", persona("p" + p, "Persona " + p, entries), A4));
        }
        PersonaComparison comparison = PersonaComparison.of(crowded, matrix, ElementMatcher.LINKS_ONLY);
        List<ComparisonPage> pages = pdf.plan(comparison, new PdfMessages(Locale.ENGLISH));
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages.get(pages.size() - 1).key()).isNotEmpty();
        try (RenderedPdf rendered = pdf.render(comparison, Locale.ENGLISH, ExportMonitor.none())) {
            String text = PdfInspection.flattened(PdfInspection.text(rendered.document()));
            assertThat(text).contains("Key", "Design 1: ");
            assertGlyphsInside(rendered.document(), pages);
        }
    }

    @Test
    void shrinksToTheMinimumThenContinuesOnFollowingPagesWithoutLosingText() throws Exception {
        List<ComparedPersona> crowded = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            Map<Quadrant, List<Entry>> entries = new java.util.EnumMap<>(Quadrant.class);
            for (Quadrant q : Quadrant.values()) {
                List<Entry> list = new ArrayList<>();
                for (int i = 0; i < 14; i++) {
                    list.add(new Entry("e" + p + q.ordinal() + "x" + i, "Punt " + p + "." + q.ordinal() + "." + i
                            + " begeleidt studenten bij het voorbereiden van een internationale stage en houdt"
                            + " contact met het leerbedrijf over de voortgang", List.of("A4.design.1"), ""));
                }
                entries.put(q, list);
            }
            crowded.add(new ComparedPersona("", persona("p" + p, "Persona met een lange naam " + p, entries), A4));
        }
        PersonaComparison comparison = PersonaComparison.of(crowded, matrix, ElementMatcher.LINKS_ONLY);
        List<ComparisonPage> pages = pdf.plan(comparison, new PdfMessages(Locale.ENGLISH));
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(pages).allMatch(p -> p.size() == ComparisonLayout.MIN_SIZE * PaperSize.A3.scale());

        try (RenderedPdf rendered = pdf.render(comparison, Locale.ENGLISH, ExportMonitor.none())) {
            assertThat(rendered.result().warnings()).anyMatch(w -> w.kind() == ExportWarning.Kind.CONTINUED);
            // Entries continue where they left off, so read each column across the pages.
            List<String> columns = columnTexts(rendered.document(), pages);
            for (int c = 0; c < crowded.size(); c++) {
                List<String> expected = new ArrayList<>();
                for (Quadrant q : Quadrant.values()) {
                    crowded.get(c).persona().canvas().entries(q).forEach(e -> expected.add(squeezed(e.text())));
                }
                assertInOrder(columns.get(c), expected);
            }
            String text = PdfInspection.flattened(PdfInspection.text(rendered.document()));
            assertThat(text).contains("Design & Develop (continued)", "Page 2 of " + pages.size());
            assertGlyphsInside(rendered.document(), pages);
            // Entries at the minimum (9.2 pt on A3), the element ids under them a little smaller, nothing below 7 pt.
            assertThat(PdfInspection.glyphs(rendered.document()).stream().filter(g -> g.unicode().matches("[a-z]")))
                    .allMatch(g -> g.fontSize() >= 6.9f);
        }
    }

    /**
     * Session 27: a note that does not fit at a page's foot goes to the next page whole, with its element line; the
     * comparison broke it by line, five lines on one page and "de les" and its tags on the next.
     */
    @Test
    void aNoteGoesToTheNextPageWholeWithItsElements() throws Exception {
        List<ComparedPersona> compared = new ArrayList<>(sampleOf("Laura", "Joost").personas().subList(0, 1));
        for (Persona p : List.of(WallPosterFixtures.hundredTwenty(), WallPosterFixtures.forty())) {
            compared.add(new ComparedPersona("", p, A4));
        }
        PersonaComparison comparison = PersonaComparison.of(compared, matrix, checker);
        List<ComparisonPage> pages = pdf.plan(comparison, new PdfMessages(Locale.forLanguageTag("nl")));
        assertThat(pages.size()).isGreaterThan(2);
        try (RenderedPdf rendered = pdf.render(comparison, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            List<List<String>> byPage = new ArrayList<>();
            for (int page = 0; page < pages.size(); page++) {
                byPage.add(columnTexts(rendered.document(), pages, page));
            }
            for (int c = 1; c < compared.size(); c++) {
                for (Quadrant q : Quadrant.values()) {
                    for (Entry e : compared.get(c).persona().canvas().entries(q)) {
                        String whole = squeezed(e.text());
                        int column = c;
                        assertThat(byPage.stream().filter(texts -> texts.get(column).contains(whole)).count())
                                .as("\"%s\" whole on one page", e.text()).isEqualTo(1);
                    }
                }
            }
            assertGlyphsInside(rendered.document(), pages);
        }
    }

    @Test
    void drawsArabicAndEmojiWithTheBundledFallbacksEmbedded() throws Exception {
        List<ComparedPersona> compared = List.of(
                new ComparedPersona("a.pcanvas", persona("p-a", "Samira", Map.of(Quadrant.DELIVER, List.of(
                        new Entry("e1", "يتحدث اللغة العربية مع الطلاب", List.of(), ""),
                        new Entry("e2", "Viert successen 🎉 met de groep", List.of(), "")))), A4),
                new ComparedPersona("b.pcanvas", persona("p-b", "Joost", Map.of(Quadrant.DELIVER, List.of(
                        new Entry("e3", "Coacht op afstand", List.of(), "")))), A4));
        PersonaComparison comparison = PersonaComparison.of(compared, matrix, ElementMatcher.LINKS_ONLY);

        try (RenderedPdf rendered = pdf.render(comparison, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            List<String> names = PdfInspection.fonts(rendered.document()).stream().map(PDFont::getName).toList();
            assertThat(names).anyMatch(n -> n.contains("NotoSansArabic")).anyMatch(n -> n.contains("Symbola"));
            assertThat(PdfInspection.fonts(rendered.document())).allMatch(PDFont::isEmbedded);
            // Samira's two notes in another font, one warning that counts them (polish30b).
            assertThat(rendered.result().warnings()).filteredOn(ExportWarning::otherFontOnly)
                    .extracting(ExportWarning::kind, ExportWarning::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ExportWarning.Kind.FALLBACK_FONT_TEXTS, "2"));
            String text = PdfInspection.text(rendered.document());
            assertThat(text).contains("uit a.pcanvas", "uit b.pcanvas");
        }
    }

    /**
     * Session 24: a name that starts in Arabic heads its column as the poster's headline and the window show it,
     * "أمينة El Amrani" read left to right from the column's left edge; decided by its first letter, it stood at the
     * column's right as "El Amrani أمينة".
     */
    @Test
    void aNameStartingInArabicHeadsItsColumnLeftToRight() throws Exception {
        List<ComparedPersona> compared = List.of(
                new ComparedPersona("a.pcanvas", persona("p-a", "أمينة El Amrani", Map.of(Quadrant.DELIVER, List.of(
                        new Entry("e1", "Bezoekt de student halverwege de stage", List.of(), "")))), A4),
                new ComparedPersona("a.pcanvas", persona("p-b", "Joost", Map.of(Quadrant.DELIVER, List.of(
                        new Entry("e2", "Coacht op afstand", List.of(), "")))), A4));
        PersonaComparison comparison = PersonaComparison.of(compared, matrix, ElementMatcher.LINKS_ONLY);
        try (RenderedPdf rendered = pdf.render(comparison, Locale.forLanguageTag("nl"), ExportMonitor.none())) {
            List<ComparisonPage> pages = pdf.plan(comparison, new PdfMessages(Locale.forLanguageTag("nl")));
            Box column = pages.get(0).columns().get(0);
            List<PdfInspection.Glyph> head = PdfInspection.headLine(PdfInspection.glyphs(rendered.document()), 0,
                    column.x(), column.right());
            assertThat(PdfInspection.arabicBeforeLatin(head)).as("the Arabic given name left of \"El Amrani\"")
                    .isTrue();
            assertThat(head.stream().map(PdfInspection.Glyph::x).min(Float::compare).orElseThrow())
                    .as("the head starts at the column's left").isLessThan(column.x() + 12);
        }
    }

    @Test
    void cancellingLeavesNoFile() {
        Path file = dir.resolve("weg.pdf");
        ExportMonitor cancel = new ExportMonitor() {
            @Override
            public void progressed(int done, int total) {
                // not watched
            }

            @Override
            public boolean cancelRequested() {
                return true;
            }
        };
        assertThatThrownBy(() -> pdf.write(sample(), Locale.ENGLISH, file, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    private static Persona persona(String id, String name, Map<Quadrant, List<Entry>> entries) {
        return new Persona(id, name, "", "A4", List.of(), null, "", T0, T0, Canvas.of(entries));
    }

    private static int columnOf(ComparisonPage page, float x) {
        for (int i = 0; i < page.columns().size(); i++) {
            Box c = page.columns().get(i);
            if (x >= c.x() - 0.5f && x <= c.right() + 0.5f) {
                return i;
            }
        }
        return -1;
    }

    /** Each column's glyphs over all pages in drawing order, without spaces, hyphens, twin tags and quadrant bands. */
    private static List<String> columnTexts(PDDocument doc, List<ComparisonPage> pages) throws Exception {
        return columnTexts(doc, pages, -1);
    }

    /** As {@link #columnTexts(PDDocument, List)}, of page {@code only} (all pages when -1). */
    private static List<String> columnTexts(PDDocument doc, List<ComparisonPage> pages, int only) throws Exception {
        List<StringBuilder> columns = new ArrayList<>();
        pages.get(0).columns().forEach(c -> columns.add(new StringBuilder()));
        for (PdfInspection.Glyph g : PdfInspection.glyphs(doc)) {
            if (only >= 0 && g.page() != only) {
                continue;
            }
            ComparisonPage page = pages.get(g.page());
            Box first = page.columns().get(0);
            boolean band = page.fills().stream().anyMatch(f -> f.box().width() > first.width() * 1.5f
                    && g.baseline() >= f.box().y() && g.baseline() <= f.box().top());
            boolean tag = page.tags().stream().anyMatch(t -> g.x() >= t.box().x() && g.x() <= t.box().right()
                    && g.baseline() >= t.box().y() && g.baseline() <= t.box().top());
            int column = columnOf(page, g.x());
            if (!band && !tag && column >= 0 && g.baseline() < first.top() && g.baseline() > first.y()) {
                columns.get(column).append(g.unicode());
            }
        }
        return columns.stream().map(b -> squeezed(b.toString())).toList();
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s-]", "");
    }

    /** Inside the page; below the column heads, inside one column's box unless it is a band or page number. */
    private static void assertGlyphsInside(PDDocument doc, List<ComparisonPage> pages) throws Exception {
        List<PdfInspection.Glyph> glyphs = PdfInspection.glyphs(doc);
        assertThat(glyphs).isNotEmpty();
        for (PdfInspection.Glyph g : glyphs) {
            if (g.unicode().isBlank()) {
                continue;
            }
            PDRectangle media = doc.getPage(g.page()).getMediaBox();
            // The glyph described by a format, made only on a failure: not twice for every glyph drawn (ci28).
            assertThat(g.x()).as("%s", g).isBetween(0f, media.getWidth() - g.width());
            assertThat(g.baseline()).as("%s", g).isBetween(0f, media.getHeight());
            ComparisonPage page = pages.get(g.page());
            Box first = page.columns().get(0);
            boolean inColumns = g.baseline() < first.top() && g.baseline() > first.y();
            boolean inColumn = page.columns().stream()
                    .anyMatch(c -> g.x() >= c.x() - 0.5f && g.x() + g.width() <= c.right() + 0.5f);
            boolean band = page.fills().stream().anyMatch(f -> f.box().width() > first.width() * 1.5f
                    && g.baseline() >= f.box().y() && g.baseline() <= f.box().top());
            if (inColumns && !band) {
                assertThat(inColumn).as("%s inside a column", g).isTrue();
            }
            // The key's element rows: each glyph inside one of its columns, none over the page number.
            if (!page.key().isEmpty() && g.baseline() < page.key().get(0).top() && g.baseline() > page.key().get(0).y()) {
                assertThat(page.key()).as("%s inside a column of the key", g)
                        .anyMatch(c -> g.x() >= c.x() - 0.5f && g.x() + g.width() <= c.right() + 0.5f);
            }
            if (!page.key().isEmpty()) {
                assertThat(page.key().get(0).y()).as("the key above the page number").isGreaterThan(30f);
            }
        }
    }
}
