package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDFormContentStream;

/** Draws a laid-out {@link ComparisonPage}: fills and bars, then the twin tags, then the text. */
final class ComparisonPainter {
    private static final String BULLET = "•";

    private final Typesetter type;

    ComparisonPainter(Typesetter type) {
        this.type = type;
    }

    void paint(PDFormContentStream out, DocumentFonts fonts, ComparisonPage page) throws IOException {
        for (ComparisonPage.Fill fill : page.fills()) {
            out.setNonStrokingColor(fill.colour());
            out.addRect(fill.box().x(), fill.box().y(), fill.box().width(), fill.box().height());
            out.fill();
        }
        for (ComparisonPage.Tag tag : page.tags()) {
            out.setNonStrokingColor(ComparisonPalette.twin(tag.group()));
            out.addRect(tag.box().x(), tag.box().y(), tag.box().width(), tag.box().height());
            out.fill();
            draw(out, fonts, tag.label(), Color.WHITE);
        }
        for (ComparisonPage.Ink ink : page.texts()) {
            draw(out, fonts, ink.text(), ink.colour());
        }
    }

    private void draw(PDFormContentStream out, DocumentFonts fonts, PlacedText t, Color colour) throws IOException {
        out.setNonStrokingColor(colour);
        if (t.bullet()) {
            type.draw(out, fonts, BULLET, false, t.bulletX(), t.baseline(), false, t.size());
        }
        type.draw(out, fonts, t.text(), t.rightToLeft(), t.x(), t.baseline(), t.bold(), t.size());
    }
}
