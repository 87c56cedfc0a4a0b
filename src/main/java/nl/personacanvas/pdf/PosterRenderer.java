package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.model.CanvasLanguage;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Adds persona posters to one document: words from the workbook, layout, drawing, then one page per
 * poster page or, when tiling, one sheet per tile. Collects a warning for every entry that needed a
 * fallback font or a replacement mark, for extra pages and for unusable portraits.
 */
final class PosterRenderer {

    private final PDDocument document;
    private final PosterOptions options;
    private final Typesetter type;
    private final PdfMessages messages;
    private final DocumentFonts fonts;
    private final PortraitImages portraits;
    private final PosterLayout layout;
    private final PosterPainter painter;
    private final TileImposer tiles;
    private final List<ExportWarning> warnings = new ArrayList<>();
    /** The activity and school lines repeat on every poster, and the report's cover prints their texts too. */
    private final RepeatedTextWarnings repeated;
    private final MergeMarks marks = new MergeMarks();
    /** The pages' own footers print the date (the report's {@link PageFooters}); the posters' footers leave it out. */
    private final boolean datedPages;

    PosterRenderer(PDDocument document, FontLibrary library, Typesetter type, PosterOptions options) {
        this(document, library, type, options, false);
    }

    PosterRenderer(PDDocument document, FontLibrary library, Typesetter type, PosterOptions options,
                   boolean datedPages) {
        this.document = document;
        this.datedPages = datedPages;
        this.options = options;
        this.type = type;
        this.messages = new PdfMessages(options.locale());
        this.fonts = new DocumentFonts(document, library);
        this.portraits = new PortraitImages(document);
        this.layout = new PosterLayout(type, messages);
        this.painter = new PosterPainter(type);
        this.tiles = new TileImposer(type, messages);
        this.repeated = new RepeatedTextWarnings(type);
    }

    DocumentFonts fonts() {
        return fonts;
    }

    PdfMessages messages() {
        return messages;
    }

    List<ExportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Warns, once per export, for a character no font has in a text the export prints outside the posters (the
     * report's cover), among the posters' warnings in the order the pages come.
     *
     * @param about the part of the document that prints it, as the warning names it
     */
    void lookAtRepeatedText(String about, String text) {
        repeated.lookAt("", about, text).ifPresent(warnings::add);
        marks.lookAt("", about, text).ifPresent(warnings::add);
    }

    /**
     * Adds the persona's poster and returns its pages; the first is where a bookmark should point.
     *
     * @param footer the check summary for the footer, or null for a footer with only the date
     */
    List<PDPage> add(Workbook workbook, Persona persona, PosterFooter footer) throws IOException {
        PosterContent content = content(workbook, persona, footer);
        collectFallbacks(persona, content);
        if (persona.portrait() != null && portraits.image(persona.portrait()).isEmpty()) {
            warnings.add(new ExportWarning(ExportWarning.Kind.PORTRAIT_UNUSABLE, persona.id(), persona.name(), ""));
        }
        PDRectangle size = options.size().rectangle(options.landscape());
        List<PosterPage> planned = plan(content);
        if (planned.size() > 1) {
            warnings.add(new ExportWarning(ExportWarning.Kind.CONTINUED, persona.id(), persona.name(),
                    String.valueOf(planned.size())));
        }
        if (planned.get(0).headlineCut()) {
            warnings.add(new ExportWarning(ExportWarning.Kind.HEADLINE_CUT, persona.id(), persona.name(), ""));
        }
        planned.stream().flatMap(page -> page.brokenEntries().stream()).distinct().forEach(entry -> warnings.add(
                new ExportWarning(ExportWarning.Kind.ENTRY_BROKEN, persona.id(), persona.name(), FallbackWarnings.excerpt(entry))));
        List<PDPage> pages = new ArrayList<>();
        for (PosterPage page : planned) {
            Sheets.Drawing poster = out -> painter.paint(out, fonts, portraits, page, persona.portrait(),
                    content.initials());
            if (options.tileSheet() == null) {
                pages.add(Sheets.page(document, size, fonts.resources(), poster));
            } else {
                PDFormXObject form = Sheets.form(document, fonts.resources(), size.getWidth(), size.getHeight(),
                        poster);
                pages.addAll(tiles.impose(document, fonts, form, options.tileSheet(), persona.name()));
            }
        }
        return pages;
    }

    /** The laid-out pages of a poster, before drawing; tests check drawn text against their boxes. */
    List<PosterPage> plan(Workbook workbook, Persona persona, PosterFooter footer) {
        return plan(content(workbook, persona, footer));
    }

    private List<PosterPage> plan(PosterContent content) {
        PDRectangle size = options.size().rectangle(options.landscape());
        return layout.layout(content, size.getWidth(), size.getHeight(), options.size().scale());
    }

    private PosterContent content(Workbook workbook, Persona persona, PosterFooter footer) {
        String title = (persona.headline(inCanvasLanguage(persona, "poster.noRole")) + " "
                + inCanvasLanguage(persona, "poster.leadIn")).strip();
        String activity = workbook.activityOf(persona)
                .map(a -> messages.get("poster.activity", ActivityNames.title(a, messages)))
                // Said, not left out: on a wall of posters the one without the line looked like a misprint (pdf30).
                .orElse(messages.get("poster.noActivity"));
        String school = List.of(workbook.school(), workbook.team()).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        Map<Quadrant, List<String>> entries = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            entries.put(q, persona.canvas().entries(q).stream().map(Entry::text).filter(t -> !t.isBlank()).toList());
        }
        // In the report every page's foot says "Alfa-college · 2 december 2026": the poster's "Afgedrukt op …"
        // printed the date a second time a few millimetres above it.
        String date = datedPages ? null : messages.get("footer.date", messages.date(options.date()));
        List<String> footerLines = options.footer() ? footerLines(options.checkSummary() ? footer : null) : null;
        if (date == null && footerLines != null && footerLines.isEmpty()) {
            footerLines = null;
        }
        String initials = Persona.initialsOf(TextCleaner.singleLine(persona.name()));
        return new PosterContent(persona.name(), title, activity, school, initials, entries, footerLines, date);
    }

    /**
     * "Zij …" or "They …" (and what stands in for an empty role) in the language the panel wrote the canvas in
     * ({@link CanvasLanguage}): it continues the panel's sentence, so an English export of a Dutch canvas says
     * "Zij …" under English headings.
     */
    private String inCanvasLanguage(Persona persona, String key) {
        Locale language = CanvasLanguage.of(persona);
        return language.getLanguage().equals(messages.locale().getLanguage()) ? messages.get(key)
                : new PdfMessages(language).get(key);
    }

    private List<String> footerLines(PosterFooter footer) {
        if (footer == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (!footer.coverage().isEmpty()) {
            lines.add(messages.get("footer.coverage", footer.coverage().stream()
                    .map(c -> messages.get("footer.quadrant", messages.quadrant(c.quadrant()), c.covered(), c.expected()))
                    .collect(Collectors.joining(PosterLayout.SEPARATOR))));
        }
        lines.add(messages.get("footer.attitudes", footer.attitudesPresent().size(), footer.attitudesExpected(),
                footer.attitudesPresent().isEmpty() ? "—" : messages.attitudes(footer.attitudesPresent(), false)));
        return lines;
    }

    private void collectFallbacks(Persona persona, PosterContent content) {
        List<String> texts = new ArrayList<>();
        texts.add(content.title());
        content.entries().values().forEach(texts::addAll);
        // One rule for posters and the comparison: what prints (a flag as its letters) needs a fallback or not.
        warnings.addAll(FallbackWarnings.of(type, persona.id(), persona.name(), texts));
        // The activity and the school print under the headline too: a character there that no font has printed as
        // "�" without a word. Said once per export, with the first poster that prints the line.
        for (String line : List.of(content.activity(), content.school())) {
            repeated.lookAt(persona.id(), persona.name(), line).ifPresent(warnings::add);
        }
        for (String line : List.of(persona.name(), persona.role())) {
            marks.lookAt(persona.id(), persona.name(), line).ifPresent(warnings::add);
        }
        // The workbook's lines are on every poster: said about the posters, not about the first persona.
        for (String line : List.of(content.activity(), content.school())) {
            marks.lookAt("", messages.get("warning.everyPoster"), line).ifPresent(warnings::add);
        }
    }
}
