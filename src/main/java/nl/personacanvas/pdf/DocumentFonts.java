package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one PDF document, each embedded at most once and only when first drawn with, so a
 * document without Arabic carries no Arabic font and a thousand posters share one subset per font.
 * PDFBox registers a font for subsetting only when a page content stream selects it; text drawn in
 * form XObjects is not registered, so {@link #embedSubsets()} must run once when drawing is done.
 *
 * <p>All drawings of the document share one resource dictionary ({@link #resources()}): fonts and
 * portraits are named once, and a thousand pages hold one dictionary instead of one each.
 */
final class DocumentFonts {
    /**
     * PDFBox warns, once per font selection, that a form's content stream uses a subset font "without a
     * PDDocument context" — hundreds of lines on the command line's standard error. The warning is for
     * callers who would forget to subset; {@link #embedSubsets()} does it. Held in a field because the
     * logging framework keeps only weak references to loggers, and a collected logger loses its level.
     */
    private static final Logger FORM_FONT_WARNINGS = quieted("org.apache.pdfbox.pdmodel.PDAbstractContentStream");

    private final PDDocument document;
    private final FontLibrary library;
    private final Map<FontRole, PDFont> loaded = new EnumMap<>(FontRole.class);
    private final PDResources resources = new PDResources();
    private final LigatureMemo ligatures = new LigatureMemo();

    DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
    }

    private static Logger quieted(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Writes each font's subset into the document; call once after the last text is drawn. */
    void embedSubsets() throws IOException {
        for (PDFont font : loaded.values()) {
            font.subset();
        }
    }

    /** The resource dictionary of every page and poster form drawn with these fonts. */
    PDResources resources() {
        return resources;
    }

    /** Sets {@code role}'s font for the text that follows, its ligatures substituted once per word and document. */
    void select(PDFormContentStream out, FontRole role, float size) throws IOException {
        PDFont font = font(role);
        out.setFont(font, size);
        ligatures.install(out, font);
    }

    private PDFont font(FontRole role) throws IOException {
        PDFont font = loaded.get(role);
        if (font == null) {
            font = library.face(role).embedInto(document);
            loaded.put(role, font);
        }
        return font;
    }
}
