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
 * Running text for the report's cover and summary pages: headings, paragraphs, bullets and a simple
 * table, wrapped to the page width and continued on new pages as they fill. A heading is never left
 * alone at the foot of a page, and a table repeats its header row on each page.
 */
final class FlowWriter {
    private static final float MARGIN = 42;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.3f;
    private static final float ASCENT = 0.95f;
    private static final Color TABLE_HEAD = new Color(0xE4, 0xE4, 0xE4);
    /** Table cells are set a little smaller so the quadrant names fit their columns unbroken. */
    private static final float CELL = 9.5f;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Typesetter type;
    private final PDRectangle size;
    private final float s;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PlacedText> texts = new ArrayList<>();
    private final List<Box> fills = new ArrayList<>();
    private final List<Box> rules = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private float y;

    /** A drawing placed with its lower left corner at (x, y). */
    private record Figure(float x, float y, Sheets.Drawing drawing) {
    }

    FlowWriter(PDDocument document, DocumentFonts fonts, Typesetter type, PDRectangle size, float scale) {
        this.document = document;
        this.fonts = fonts;
        this.type = type;
        this.size = size;
        this.s = scale;
        this.y = top();
    }

    void heading(String text, float relativeSize) throws IOException {
        float fontSize = BODY * s * relativeSize;
        List<String> lines = type.wrap(TextCleaner.singleLine(text), true, fontSize, width());
        // Keep the heading together with at least two lines of what follows it.
        ensureRoom(lines.size() * fontSize * LEADING + 2 * BODY * s * LEADING + fontSize * 0.6f);
        y -= fontSize * 0.6f;
        lines(lines, true, fontSize, left(), width());
        y -= BODY * s * 0.3f;
    }

    void paragraph(String text) throws IOException {
        for (String paragraph : TextCleaner.paragraphs(text)) {
            lines(type.wrap(paragraph, false, BODY * s, width()), false, BODY * s, left(), width());
            y -= BODY * s * 0.5f;
        }
    }

    void bullet(String text) throws IOException {
        float indent = BODY * s * 1.2f;
        boolean first = true;
        for (String paragraph : TextCleaner.paragraphs(text)) {
            for (String line : type.wrap(paragraph, false, BODY * s, width() - indent)) {
                ensureRoom(BODY * s * LEADING);
                texts.add(new PlacedText(line, BidiShaper.isRightToLeft(paragraph), false, BODY * s,
                        left() + indent, y - BODY * s * ASCENT, first, left() + BODY * s * 0.3f));
                y -= BODY * s * LEADING;
                first = false;
            }
        }
        y -= BODY * s * 0.25f;
    }

    /** A table whose columns take the given fractions of the text width. */
    void table(List<String> header, float[] fractions, List<List<String>> rows) throws IOException {
        drawRow(header, fractions, true);
        for (List<String> row : rows) {
            if (!fits(rowHeight(row, fractions, false))) {
                newPage();
                drawRow(header, fractions, true);
            }
            drawRow(row, fractions, false);
        }
    }

    /**
     * A drawing (chart, heatmap) {@code height} high across the text width, kept whole: it goes on a new
     * page when the rest of this one is too short. It draws with its lower left corner at (0, 0).
     */
    void figure(float height, Sheets.Drawing drawing) throws IOException {
        ensureRoom(height);
        figures.add(new Figure(left(), y - height, drawing));
        y -= height;
    }

    /** The height left on this page for text or figures. */
    float room() {
        return y - MARGIN * s;
    }

    /** The height a fresh page has for text or figures. */
    float pageRoom() {
        return top() - MARGIN * s;
    }

    /** The width text and figures are set in. */
    float textWidth() {
        return width();
    }

    /** Goes on on a new page, unless nothing is on this one yet. */
    void pageBreak() throws IOException {
        if (y < top()) {
            newPage();
        }
    }

    /** Finishes the last page; returns all pages written, in order. */
    List<PDPage> finish() throws IOException {
        flush();
        return List.copyOf(pages);
    }

    private void drawRow(List<String> cells, float[] fractions, boolean head) throws IOException {
        float pad = 3 * s;
        float height = rowHeight(cells, fractions, head);
        ensureRoom(height);
        float x = left();
        if (head) {
            fills.add(new Box(left(), y - height, width(), height));
        }
        for (int i = 0; i < cells.size(); i++) {
            float w = width() * fractions[i];
            float cursor = y - pad;
            for (String line : cellLines(cells.get(i), w - 2 * pad, head)) {
                texts.add(PlacedText.plain(line, BidiShaper.isRightToLeft(line), head, CELL * s, x + pad,
                        cursor - CELL * s * ASCENT));
                cursor -= CELL * s * LEADING;
            }
            x += w;
        }
        y -= height;
        rules.add(new Box(left(), y, width(), 0));
    }

    private float rowHeight(List<String> cells, float[] fractions, boolean head) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, cellLines(cells.get(i), width() * fractions[i] - 6 * s, head).size());
        }
        return lines * CELL * s * LEADING + 6 * s;
    }

    private List<String> cellLines(String text, float w, boolean bold) {
        String line = TextCleaner.singleLine(text);
        return line.isEmpty() ? List.of() : type.wrap(line, bold, CELL * s, w);
    }

    private void lines(List<String> lines, boolean bold, float fontSize, float x, float w) throws IOException {
        for (String line : lines) {
            ensureRoom(fontSize * LEADING);
            boolean rtl = BidiShaper.isRightToLeft(line);
            float lineX = rtl ? x + w - type.width(line, bold, fontSize) : x;
            texts.add(PlacedText.plain(line, rtl, bold, fontSize, lineX, y - fontSize * ASCENT));
            y -= fontSize * LEADING;
        }
    }

    private boolean fits(float height) {
        return y - height >= MARGIN * s;
    }

    private void ensureRoom(float height) throws IOException {
        if (!fits(height) && y < top()) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        flush();
        y = top();
    }

    private void flush() throws IOException {
        if (texts.isEmpty() && fills.isEmpty() && figures.isEmpty()) {
            return;
        }
        List<Figure> pageFigures = List.copyOf(figures);
        List<PlacedText> pageTexts = List.copyOf(texts);
        List<Box> pageFills = List.copyOf(fills);
        List<Box> pageRules = List.copyOf(rules);
        pages.add(Sheets.page(document, size, out -> {
            out.setNonStrokingColor(TABLE_HEAD);
            for (Box f : pageFills) {
                out.addRect(f.x(), f.y(), f.width(), f.height());
                out.fill();
            }
            out.setStrokingColor(QuadrantStyle.RULE);
            out.setLineWidth(0.5f * s);
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
        }));
        figures.clear();
        texts.clear();
        fills.clear();
        rules.clear();
    }

    private float top() {
        return size.getHeight() - MARGIN * s;
    }

    private float left() {
        return MARGIN * s;
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN * s;
    }
}
