package nl.personacanvas.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * What the page of running text under way holds until {@link FlowWriter} turns the page: its lines, the table
 * header fills, the table rules and the figures; then draws them all onto a new PDF page.
 */
final class FlowPage {
    private static final Color TABLE_HEAD = new Color(0xE4, 0xE4, 0xE4);

    private final List<PlacedText> texts = new ArrayList<>();
    private final List<Box> fills = new ArrayList<>();
    private final List<Box> rules = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    /** A drawing placed with its lower left corner at (x, y). */
    private record Figure(float x, float y, Sheets.Drawing drawing) {
    }

    void text(PlacedText text) {
        texts.add(text);
    }

    void fill(Box box) {
        fills.add(box);
    }

    /** A horizontal rule along the bottom of {@code box}. */
    void rule(Box box) {
        rules.add(box);
    }

    void figure(float x, float y, Sheets.Drawing drawing) {
        figures.add(new Figure(x, y, drawing));
    }

    int textCount() {
        return texts.size();
    }

    /** Removes and returns the lines from {@code index} on (a heading that moves to the next page with its table). */
    List<PlacedText> takeTextsFrom(int index) {
        List<PlacedText> tail = texts.subList(index, texts.size());
        List<PlacedText> taken = List.copyOf(tail);
        tail.clear();
        return taken;
    }

    boolean isEmpty() {
        return texts.isEmpty() && fills.isEmpty() && figures.isEmpty();
    }

    /** Draws what this page holds onto a new page of {@code document} and empties it for the next. */
    PDPage draw(PDDocument document, PDRectangle size, DocumentFonts fonts, Typesetter type, float scale)
            throws IOException {
        List<Figure> pageFigures = List.copyOf(figures);
        List<PlacedText> pageTexts = List.copyOf(texts);
        List<Box> pageFills = List.copyOf(fills);
        List<Box> pageRules = List.copyOf(rules);
        PDPage page = Sheets.page(document, size, fonts.resources(), out -> {
            out.setNonStrokingColor(TABLE_HEAD);
            for (Box f : pageFills) {
                out.addRect(f.x(), f.y(), f.width(), f.height());
                out.fill();
            }
            out.setStrokingColor(QuadrantStyle.RULE);
            out.setLineWidth(0.5f * scale);
            for (Box r : pageRules) {
                out.moveTo(r.x(), r.y());
                out.lineTo(r.right(), r.y());
                out.stroke();
            }
            out.setNonStrokingColor(QuadrantStyle.TEXT);
            for (PlacedText t : pageTexts) {
                if (t.bullet()) {
                    type.draw(out, fonts, "•", false, t.bulletX(), t.baseline(), false, t.size());
                }
                type.draw(out, fonts, t.text(), t.rightToLeft(), t.x(), t.baseline(), t.bold(), t.size());
            }
            for (Figure f : pageFigures) {
                out.saveGraphicsState();
                out.transform(Matrix.getTranslateInstance(f.x(), f.y()));
                f.drawing().draw(out);
                out.restoreGraphicsState();
            }
        });
        figures.clear();
        texts.clear();
        fills.clear();
        rules.clear();
        return page;
    }
}
