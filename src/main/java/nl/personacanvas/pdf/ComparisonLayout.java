package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Quadrant;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out the side-by-side comparison on A3 landscape: one column per persona, the quadrants as rows
 * across all columns so the same quadrant of every persona starts at the same height. Entries are wrapped
 * with the posters' line breaking and set as large as possible down to a legible minimum at which all fits
 * one page; below that the rows continue on further pages (column heads and the quadrant band repeated),
 * each column where it left off. Nothing is placed outside its column.
 */
final class ComparisonLayout {
    static final PaperSize PAPER = PaperSize.A3;
    static final float MAX_SIZE = 11f;
    static final float MIN_SIZE = 6.5f;
    private static final float STEP = 0.5f;
    private static final float MARGIN = 22;
    private static final float GUTTER = 8;
    private static final float TITLE = 12;
    private static final float NOTE = 6.5f;
    private static final float LEADING = EntryFlow.LEADING;
    private static final int KEY_COLUMNS = 3;

    private final Typesetter type;
    private final PdfMessages messages;
    private final PDRectangle page = PAPER.rectangle(true);
    private final float s = PAPER.scale();

    ComparisonLayout(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    static PDRectangle pageSize() {
        return PAPER.rectangle(true);
    }

    /**
     * The pages at the largest entry size (half-point steps) at which the rows fit one page, or at the minimum; the
     * key follows the rows, on a page of its own when the last has no room: entries are not shrunk for it.
     */
    List<ComparisonPage> layout(PersonaComparison comparison) {
        float step = STEP * s;
        float min = MIN_SIZE * s;
        float best = min;
        // Fitting only gets likelier as the size shrinks, so the largest fitting step is found by bisection.
        int low = 1;
        int high = new Builder(comparison, min, false).build().size() > 1 ? 0 : Math.round((MAX_SIZE * s - min) / step);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (new Builder(comparison, min + mid * step, false).build().size() == 1) {
                best = min + mid * step;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return new Builder(comparison, best, true).build();
    }

    private float left() {
        return MARGIN * s;
    }

    private float width() {
        return page.getWidth() - 2 * MARGIN * s;
    }

    private float top() {
        return page.getHeight() - MARGIN * s;
    }

    /** Above the page number line. */
    private float bottom() {
        return MARGIN * s + NOTE * s * LEADING + 2 * s;
    }

    /** Builds the pages at one entry size. */
    private final class Builder {
        private final PersonaComparison comparison;
        private final float size;
        private final int n;
        private final float columnWidth;
        private final float bar = 2.5f * s;
        private final float pad = 3 * s;
        private final ComparisonCells content;
        private final ComparisonCellPainter painter;
        private final ComparisonKey key;
        private final ComparisonText text = new ComparisonText(type);
        private final List<ComparisonPage> pages = new ArrayList<>();
        private List<ComparisonPage.Fill> fills;
        private List<ComparisonPage.Tag> tags;
        private List<ComparisonPage.Ink> texts;
        private List<Box> keyBoxes;
        private float y;
        private float columnsTop;
        private float columnsBottom;
        private boolean pageHasRows;

        private final boolean withKey;

        Builder(PersonaComparison comparison, float size, boolean withKey) {
            this.withKey = withKey;
            this.comparison = comparison;
            this.size = size;
            this.n = comparison.personas().size();
            this.columnWidth = (width() - (n - 1) * GUTTER * s) / n;
            this.content = new ComparisonCells(type, messages, comparison, size, columnWidth - bar - 2 * pad);
            this.painter = new ComparisonCellPainter(type, content, columnWidth, bar, pad);
            this.key = new ComparisonKey(messages, comparison);
        }

        List<ComparisonPage> build() {
            newPage();
            for (PersonaComparison.QuadrantRow row : comparison.rows()) {
                quadrant(row);
            }
            if (withKey) {
                key();
            }
            finishPage();
            List<ComparisonPage> numbered = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                numbered.add(text.numbered(pages.get(i), messages.get("compare.page", i + 1, pages.size()), NOTE * s,
                        left() + width(), MARGIN * s + NOTE * s * 0.3f));
            }
            return numbered;
        }

        private float columnX(int column) {
            return left() + column * (columnWidth + GUTTER * s);
        }

        private void newPage() {
            if (texts != null) {
                finishPage();
            }
            fills = new ArrayList<>();
            tags = new ArrayList<>();
            texts = new ArrayList<>();
            keyBoxes = new ArrayList<>();
            pageHasRows = false;
            columnsBottom = bottom();
            y = top();
            header();
        }

        private void finishPage() {
            List<Box> columns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                columns.add(new Box(columnX(i), columnsBottom, columnWidth, columnsTop - columnsBottom));
            }
            pages.add(new ComparisonPage(size, fills, tags, texts, columns, keyBoxes));
        }

        private void header() {
            List<String> sources = comparison.personas().stream().map(ComparedPersona::source).distinct().toList();
            boolean oneSource = sources.size() == 1 && !sources.get(0).isBlank();
            String title = oneSource ? messages.get("compare.titleFrom", sources.get(0)) : messages.get("compare.title");
            y = block(title, true, TITLE * s, left(), width(), y, QuadrantStyle.TEXT);
            y = block(messages.get("compare.legend"), false, NOTE * s, left(), width(), y, QuadrantStyle.MUTED_TEXT);
            y -= 4 * s;
            float lowest = y;
            for (int i = 0; i < n; i++) {
                ComparedPersona p = comparison.personas().get(i);
                float x = columnX(i);
                float cy = block(p.persona().name(), true, size * 1.2f, x, columnWidth, y, QuadrantStyle.TEXT);
                if (p.activity() != null) {
                    String activity = p.activity().matrixActivity().map(id -> id + " – " + p.activity().name())
                            .orElse(p.activity().name());
                    cy = block(activity, false, size * 0.85f, x, columnWidth, cy, QuadrantStyle.MUTED_TEXT);
                }
                if (!oneSource && !p.source().isBlank()) {
                    cy = block(messages.get("compare.source", p.source()), false, size * 0.8f, x, columnWidth, cy,
                            QuadrantStyle.MUTED_TEXT);
                }
                lowest = Math.min(lowest, cy);
            }
            y = lowest - 2 * s;
            fills.add(new ComparisonPage.Fill(new Box(left(), y - 0.8f * s, width(), 0.8f * s), QuadrantStyle.RULE));
            y -= 5 * s;
            columnsTop = y;
        }

        private float block(String line, boolean bold, float fontSize, float x, float w, float top, Color colour) {
            return text.block(texts, line, bold, fontSize, x, w, top, colour);
        }

        private float bandSize() {
            return size * 1.1f;
        }

        private float bandHeight() {
            return bandSize() * LEADING + 3 * s;
        }

        private void quadrant(PersonaComparison.QuadrantRow row) {
            List<List<ComparisonCells.Line>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cells.add(content.lines(row, i));
            }
            int[] next = new int[n];
            boolean continued = false;
            while (true) {
                float first = 0;
                for (int i = 0; i < n; i++) {
                    if (next[i] < cells.get(i).size()) {
                        first = Math.max(first, cells.get(i).get(next[i]).height(true));
                    }
                }
                // A band is never left alone at the foot of a page.
                if (pageHasRows && y - bandHeight() - first < bottom()) {
                    newPage();
                }
                boolean fresh = !pageHasRows;
                band(row.quadrant(), continued);
                float lowest = y;
                boolean done = true;
                for (int i = 0; i < n; i++) {
                    List<ComparisonCells.Line> lines = cells.get(i);
                    float cursor = y;
                    int k = next[i];
                    while (k < lines.size()) {
                        boolean atTop = k == next[i];
                        float h = lines.get(k).height(atTop);
                        // On a fresh page at least one line goes in, so a continuation always makes progress.
                        if (cursor - h < bottom() && !(fresh && atTop)) {
                            break;
                        }
                        painter.place(lines.get(k), columnX(i), cursor - (h - lines.get(k).size() * LEADING), fills,
                                tags, texts);
                        cursor -= h;
                        k++;
                    }
                    next[i] = k;
                    done &= k == lines.size();
                    lowest = Math.min(lowest, cursor);
                }
                y = lowest - size * 0.8f;
                pageHasRows = true;
                if (done) {
                    return;
                }
                newPage();
                continued = true;
            }
        }

        /** The key after the last row, across the page below the persona columns, continued on new pages. */
        private void key() {
            float keySize = size * 0.85f;
            float gutter = GUTTER * s;
            float w = (width() - (ComparisonKey.COLUMNS - 1) * gutter) / ComparisonKey.COLUMNS;
            List<List<String>> rows = key.rows();
            int r = 0;
            while (true) {
                String title = key.heading(r > 0);
                float head = text.height(title, true, bandSize(), width()) + text.height(key.marks(), false, keySize,
                        width()) + 2 * s;
                if (pageHasRows && y - head - (r < rows.size() ? key.rowHeight(text, r, keySize, w) : 0) < bottom()) {
                    newPage();
                }
                columnsBottom = Math.min(y + 2 * s, columnsTop);
                y = block(title, true, bandSize(), left(), width(), y, QuadrantStyle.TEXT);
                y = block(key.marks(), false, keySize, left(), width(), y, QuadrantStyle.TEXT) - 2 * s;
                float top = y;
                // On a fresh page at least one row goes in, so the key always makes progress.
                for (boolean first = true; r < rows.size()
                        && (first || y - key.rowHeight(text, r, keySize, w) >= bottom()); first = false, r++) {
                    float lowest = y;
                    for (int k = 0; k < rows.get(r).size(); k++) {
                        lowest = Math.min(lowest, block(rows.get(r).get(k), false, keySize, left() + k * (w + gutter),
                                w, y, QuadrantStyle.MUTED_TEXT));
                    }
                    y = lowest;
                }
                for (int k = 0; k < ComparisonKey.COLUMNS; k++) {
                    keyBoxes.add(new Box(left() + k * (w + gutter), y, w, top - y));
                }
                pageHasRows = true;
                if (r >= rows.size()) {
                    return;
                }
                newPage();
            }
        }

        private void band(Quadrant quadrant, boolean continued) {
            float h = bandHeight();
            fills.add(new ComparisonPage.Fill(new Box(left(), y - h, width(), h), QuadrantStyle.fill(quadrant)));
            String title = messages.quadrant(quadrant);
            if (continued) {
                title = messages.get("compare.continued", title);
            }
            block(title, true, bandSize(), left() + 4 * s, width() - 8 * s, y - 1.5f * s, QuadrantStyle.TEXT);
            y -= h + 3 * s;
        }
    }
}
