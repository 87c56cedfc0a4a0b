package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Running text for the report's cover and summary pages: headings, paragraphs, bullets and a simple
 * table, wrapped to the page width and continued on new pages as they fill. A heading is never left
 * alone at the foot of a page, and a table repeats its header row on each page.
 */
final class FlowWriter {
    /**
     * Left, right and top: the posters' margin, so the report's text pages, its posters and the page footer under
     * both keep one inset (session 28; the text pages had 42 pt, the footer under a poster started 12 pt inside it).
     */
    static final float SIDE = PosterPageBuilder.MARGIN;
    /** Above the page footer ({@link PageFooters}), whose line ends some 23 pt up. */
    private static final float BOTTOM = 42;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.3f;
    private static final float ASCENT = 0.95f;
    /** Table cells are set a little smaller so the quadrant names fit their columns unbroken. */
    private static final float CELL = 9.5f;
    private static final float CELL_PAD = 3;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Typesetter type;
    private final PDRectangle size;
    private final float s;
    private final TableCells cells;
    private final List<PDPage> pages = new ArrayList<>();
    private final FlowPage page = new FlowPage();
    private float y;
    /** The columns of the table being drawn whose cells are names (see {@link #table}). */
    private boolean[] names = new boolean[0];
    /** The last heading, while nothing has followed it on its page: its first line's index and its top. */
    private int headingFrom = -1;
    private float headingTop;

    FlowWriter(PDDocument document, DocumentFonts fonts, Typesetter type, PDRectangle size, float scale) {
        this.document = document;
        this.fonts = fonts;
        this.type = type;
        this.size = size;
        this.s = scale;
        this.cells = new TableCells(type, CELL * scale, CELL_PAD * scale, width());
        this.y = top();
    }

    void heading(String text, float relativeSize) throws IOException {
        float fontSize = BODY * s * relativeSize;
        List<String> lines = type.wrap(TextCleaner.singleLine(text), true, fontSize, width());
        // Keep the heading together with at least three lines of what follows it (a table's header and first row).
        ensureRoom(lines.size() * fontSize * LEADING + 3 * BODY * s * LEADING + fontSize * 0.6f);
        int from = page.textCount();
        float headingY = y;
        y -= fontSize * 0.6f;
        lines(lines, true, fontSize, left(), width());
        y -= BODY * s * 0.3f;
        headingFrom = from;
        headingTop = headingY;
    }

    void paragraph(String text) throws IOException {
        headingFrom = -1;
        for (String paragraph : TextCleaner.paragraphs(text)) {
            lines(type.wrap(paragraph, false, BODY * s, width()), false, BODY * s, left(), width());
            y -= BODY * s * 0.5f;
        }
    }

    void bullet(String text) throws IOException {
        headingFrom = -1;
        float indent = BODY * s * 1.2f;
        boolean first = true;
        for (String paragraph : TextCleaner.paragraphs(text)) {
            for (String line : type.wrap(paragraph, false, BODY * s, width() - indent)) {
                ensureRoom(BODY * s * LEADING);
                page.text(new PlacedText(line, BidiShaper.isRightToLeft(paragraph), false, BODY * s,
                        left() + indent, y - BODY * s * ASCENT, first, left() + BODY * s * 0.3f));
                y -= BODY * s * LEADING;
                first = false;
            }
        }
        y -= BODY * s * 0.25f;
    }

    /**
     * A table whose columns take the given fractions of the text width. Cells wrap (a line break in a
     * cell's text starts a new line); a row that does not fit goes to the next page under a repeated
     * header, and a row taller than a whole page is split between pages. On each page the table continues on,
     * {@code continuedTitle} (say "A4 – … (vervolg)") stands above the repeated header, so a reader who turns the
     * page knows whose rows these are. Null for none.
     */
    void table(List<String> header, float[] fractions, List<List<String>> rows, String continuedTitle)
            throws IOException {
        table(header, fractions, rows, continuedTitle, new int[fractions.length]);
    }

    /**
     * As {@link #table(List, float[], List, String)}; a cell of column {@code i} takes at most {@code mostLines[i]}
     * lines (0: as many as it needs), its text cut short with " …" where it would take more. A persona's name of
     * 300 characters wrapped to some 30 lines in the report's narrow first column; the report names it whole on its
     * poster.
     */
    void table(List<String> header, float[] fractions, List<List<String>> rows, String continuedTitle,
               int[] mostLines) throws IOException {
        table(header, fractions, rows, continuedTitle, mostLines, new boolean[fractions.length]);
    }

    /**
     * As {@link #table(List, float[], List, String, int[])}; the cells of a column with {@code names[i]} are names in a
     * Dutch or English table, read left to right whatever script they start with, as the poster's headline and the
     * window's persona list show them. Decided per line, "أمينة El Amrani" printed as "El أمينة" over "Amrani" (session
     * 24).
     */
    void table(List<String> header, float[] fractions, List<List<String>> rows, String continuedTitle,
               int[] mostLines, boolean[] names) throws IOException {
        this.names = names;
        List<List<String>> head = this.cells.lines(header, fractions, true, new int[fractions.length]);
        List<List<String>> firstRow = rows.isEmpty() ? List.of(List.of(""))
                : this.cells.lines(rows.get(0), fractions, false, mostLines);
        keepHeadWithFirstRow(rowHeight(head, 0), rowHeight(firstRow, 0));
        headingFrom = -1;
        drawRow(head, fractions, true, 0, TableCells.depth(head));
        for (List<String> row : rows) {
            List<List<String>> cells = this.cells.lines(row, fractions, false, mostLines);
            int from = 0;
            int depth = Math.max(1, TableCells.depth(cells));
            boolean freshPage = false;
            while (from < depth) {
                int fitting = (int) Math.floor((y - BOTTOM * s - 2 * CELL_PAD * s) / (CELL * s * LEADING));
                boolean fitsWhole = fitting >= depth - from;
                boolean fitsFreshPage = rowHeight(head, 0) + rowHeight(cells, from) <= top() - BOTTOM * s;
                if (!fitsWhole && !freshPage && (fitsFreshPage || fitting < 1)) {
                    newPage();
                    if (continuedTitle != null) {
                        float fontSize = BODY * s * 1.1f;
                        lines(type.wrap(TextCleaner.singleLine(continuedTitle), true, fontSize, width()), true,
                                fontSize, left(), width());
                        y -= BODY * s * 0.3f;
                    }
                    drawRow(head, fractions, true, 0, TableCells.depth(head));
                    freshPage = true;
                    continue;
                }
                int to = fitsWhole ? depth : from + Math.max(1, fitting);
                drawRow(cells, fractions, false, from, to);
                from = to;
                freshPage = false;
            }
        }
    }

    /**
     * The table's header row goes on a new page unless its first row fits under it here (whole, or as many lines as
     * a fresh page would give it), and a heading right above the table goes with it: the report's gaps printed a
     * heading and a bare header row at the foot of a page, their rows on the next (session 26).
     */
    private void keepHeadWithFirstRow(float headHeight, float firstRowHeight) throws IOException {
        float need = headHeight + Math.min(firstRowHeight, pageRoom() - headHeight);
        if (fits(need) || y >= top()) {
            return;
        }
        if (headingFrom < 0) {
            newPage();
            return;
        }
        List<PlacedText> heading = page.takeTextsFrom(headingFrom);
        float shift = top() - headingTop;
        float headingBottom = y;
        boolean alone = page.isEmpty();
        if (!alone) {
            newPage();
        }
        for (PlacedText t : heading) {
            page.text(new PlacedText(t.text(), t.rightToLeft(), t.bold(), t.size(), t.x(), t.baseline() + shift,
                    t.bullet(), t.bulletX()));
        }
        y = headingBottom + shift;
    }

    /**
     * A drawing (chart, heatmap) {@code height} high across the text width, kept whole: it goes on a new
     * page when the rest of this one is too short. It draws with its lower left corner at (0, 0).
     */
    void figure(float height, Sheets.Drawing drawing) throws IOException {
        headingFrom = -1;
        ensureRoom(height);
        page.figure(left(), y - height, drawing);
        y -= height;
    }

    /** The height left on this page for text or figures. */
    float room() {
        return y - BOTTOM * s;
    }

    /** The height a fresh page has for text or figures. */
    float pageRoom() {
        return top() - BOTTOM * s;
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

    /** Draws lines {@code from} (inclusive) to {@code to} (exclusive) of each cell as one row. */
    private void drawRow(List<List<String>> cells, float[] fractions, boolean head, int from, int to) {
        float pad = CELL_PAD * s;
        float height = Math.max(1, to - from) * CELL * s * LEADING + 2 * pad;
        float x = left();
        if (head) {
            page.fill(new Box(left(), y - height, width(), height));
        }
        for (int i = 0; i < cells.size(); i++) {
            float cursor = y - pad;
            List<String> lines = cells.get(i);
            for (String line : lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size()))) {
                boolean rtl = !names[i] && BidiShaper.isRightToLeft(line);
                page.text(PlacedText.plain(line, rtl, head, CELL * s, x + pad,
                        cursor - CELL * s * ASCENT));
                cursor -= CELL * s * LEADING;
            }
            x += width() * fractions[i];
        }
        y -= height;
        page.rule(new Box(left(), y, width(), 0));
    }

    private float rowHeight(List<List<String>> cells, int from) {
        return Math.max(1, TableCells.depth(cells) - from) * CELL * s * LEADING + 2 * CELL_PAD * s;
    }

    private void lines(List<String> lines, boolean bold, float fontSize, float x, float w) throws IOException {
        for (String line : lines) {
            ensureRoom(fontSize * LEADING);
            boolean rtl = BidiShaper.isRightToLeft(line);
            float lineX = rtl ? x + w - type.width(line, bold, fontSize) : x;
            page.text(PlacedText.plain(line, rtl, bold, fontSize, lineX, y - fontSize * ASCENT));
            y -= fontSize * LEADING;
        }
    }

    private boolean fits(float height) {
        return y - height >= BOTTOM * s;
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
        if (!page.isEmpty()) {
            pages.add(page.draw(document, size, fonts, type, s));
        }
        headingFrom = -1;
    }

    private float top() {
        return size.getHeight() - SIDE * s;
    }

    private float left() {
        return SIDE * s;
    }

    private float width() {
        return size.getWidth() - 2 * SIDE * s;
    }
}
