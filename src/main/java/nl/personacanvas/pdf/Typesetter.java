package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDFormContentStream;

/**
 * Measures, wraps and draws lines of text in the bundled fonts, whatever script or symbols they hold.
 * Stateless apart from the shared font tables, so one instance serves every export.
 */
final class Typesetter {
    private final FontRouter router;
    private final BidiShaper shaper = new BidiShaper();
    private final LineBreaker breaker;

    Typesetter(FontLibrary fonts, DutchHyphenator hyphenator) {
        this.router = new FontRouter(fonts);
        this.breaker = new LineBreaker(hyphenator);
    }

    float width(String logical, boolean bold, float size) {
        return router.width(shaper.shape(logical), bold, size);
    }

    List<String> wrap(String paragraph, boolean bold, float size, float maxWidth) {
        return breaker.wrap(paragraph, maxWidth, text -> width(text, bold, size));
    }

    /** {@code text} as one line within {@code maxWidth}: whole, or its longest start that fits, ended with " …". */
    String shortened(String text, boolean bold, float size, float maxWidth) {
        List<String> line = FittedLines.within(text, 1, t -> wrap(t, bold, size, maxWidth));
        return line.isEmpty() ? "" : line.get(0);
    }

    Set<Fallback> fallbacks(String text) {
        return router.fallbacks(text);
    }

    /** Draws one line with its left end at {@code x} and its baseline at {@code baseline}. */
    void draw(PDFormContentStream out, DocumentFonts fonts, String logicalLine, boolean rightToLeft, float x,
              float baseline, boolean bold, float size) throws IOException {
        List<FontRouter.Run> runs = router.runs(shaper.visual(logicalLine, rightToLeft), bold);
        if (runs.isEmpty()) {
            return;
        }
        out.beginText();
        out.newLineAtOffset(x, baseline);
        FontRole current = null;
        for (FontRouter.Run run : runs) {
            if (run.role() != current) {
                fonts.select(out, run.role(), size);
                current = run.role();
            }
            out.showText(run.text());
        }
        out.endText();
    }
}
