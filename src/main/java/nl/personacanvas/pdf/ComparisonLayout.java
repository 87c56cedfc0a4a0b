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
    private static final float ASCENT = 0.95f;
    private static final float LEADING = EntryFlow.LEADING;

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

    /** The pages at the largest entry size (half-point steps) that fits one page, or at the minimum. */
    List<ComparisonPage> layout(PersonaComparison comparison) {
        float step = STEP * s;
        float min = MIN_SIZE * s;
        List<ComparisonPage> best = new Builder(comparison, min).build();
        if (best.size() > 1) {
            return best;
        }
        // Fitting only gets likelier as the size shrinks, so the largest fitting step is found by bisection.
        int low = 1;
        int high = Math.round((MAX_SIZE * s - min) / step);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            List<ComparisonPage> trial = new Builder(comparison, min + mid * step).build();
            if (trial.size() == 1) {
                best = trial;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
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
        private final List<ComparisonPage> pages = new ArrayList<>();
        private List<ComparisonPage.Fill> fills;
        private List<ComparisonPage.Tag> tags;
        private List<ComparisonPage.Ink> texts;
        private float y;
        private float columnsTop;
        private boolean pageHasRows;

        Builder(PersonaComparison comparison, float size) {
            this.comparison = comparison;
            this.size = size;
            this.n = comparison.personas().size();
            this.columnWidth = (width() - (n - 1) * GUTTER * s) / n;
            this.content = new ComparisonCells(type, messages, comparison, size, columnWidth - bar - 2 * pad);
        }

        List<ComparisonPage> build() {
            newPage();
            for (PersonaComparison.QuadrantRow row : comparison.rows()) {
                quadrant(row);
            }
            finishPage();
            List<ComparisonPage> numbered = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                ComparisonPage p = pages.get(i);
                List<ComparisonPage.Ink> withNumber = new ArrayList<>(p.texts());
                String number = messages.get("compare.page", i + 1, pages.size());
                float w = type.width(number, false, NOTE * s);
                withNumber.add(ink(number, false, NOTE * s, left() + width() - w, MARGIN * s + NOTE * s * 0.3f,
                        QuadrantStyle.MUTED_TEXT));
                numbered.add(new ComparisonPage(p.size(), p.fills(), p.tags(), withNumber, p.columns()));
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
            pageHasRows = false;
            y = top();
            header();
        }

        private void finishPage() {
            List<Box> columns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                columns.add(new Box(columnX(i), bottom(), columnWidth, columnsTop - bottom()));
            }
            pages.add(new ComparisonPage(size, fills, tags, texts, columns));
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

        /** Wrapped lines from {@code top} down; returns the new top. */
        private float block(String text, boolean bold, float fontSize, float x, float w, float top, Color colour) {
            float cursor = top;
            for (String paragraph : TextCleaner.paragraphs(text)) {
                boolean rtl = BidiShaper.isRightToLeft(paragraph);
                for (String line : type.wrap(paragraph, bold, fontSize, w)) {
                    float lx = rtl ? x + w - type.width(line, bold, fontSize) : x;
                    texts.add(ink(line, bold, fontSize, lx, cursor - fontSize * ASCENT, colour));
                    cursor -= fontSize * LEADING;
                }
            }
            return cursor;
        }

        private ComparisonPage.Ink ink(String line, boolean bold, float fontSize, float x, float baseline, Color colour) {
            return new ComparisonPage.Ink(PlacedText.plain(line, BidiShaper.isRightToLeft(line), bold, fontSize, x,
                    baseline), colour);
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
                        place(lines.get(k), i, cursor - (h - lines.get(k).size() * LEADING));
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

        private void band(Quadrant quadrant, boolean continued) {
            float h = bandHeight();
            fills.add(new ComparisonPage.Fill(new Box(left(), y - h, width(), h), QuadrantStyle.fill(quadrant)));
            String title = messages.quadrant(quadrant);
            if (continued) {
                title = messages.get("compare.continued", title);
            }
            texts.add(ink(title, true, bandSize(), left() + 4 * s, y - 1.5f * s - bandSize() * ASCENT,
                    QuadrantStyle.TEXT));
            y -= h + 3 * s;
        }

        /** Draws one cell line with its line box starting at {@code top}. */
        private void place(ComparisonCells.Line line, int column, float top) {
            float cellX = columnX(column);
            float x0 = cellX + bar + pad;
            float right = cellX + columnWidth - pad;
            float h = line.size() * LEADING;
            float baseline = top - line.size() * ASCENT;
            if (line.twin() >= 0) {
                fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, bar, h), ComparisonPalette.twin(line.twin())));
            }
            switch (line.kind()) {
                case ENTRY -> {
                    float indent = line.indent();
                    float x = line.rtl() ? right - indent - type.width(line.text(), false, line.size()) : x0 + indent;
                    float bulletX = line.rtl() ? right - indent * 0.7f : x0;
                    texts.add(new ComparisonPage.Ink(new PlacedText(line.text(), line.rtl(), false, line.size(), x,
                            baseline, line.bullet(), bulletX), QuadrantStyle.TEXT));
                }
                case TAGS, ITEMS -> {
                    float x = x0 + line.indent() - tagsWidth(line);
                    for (int g : line.tags()) {
                        float w = content.tagWidth(g, line.size());
                        Box box = new Box(x, baseline - line.size() * 0.24f, w, line.size() * 1.08f);
                        tags.add(new ComparisonPage.Tag(box, g, PlacedText.plain(String.valueOf(g + 1), false, true,
                                line.size() * 0.9f, x + line.size() * 0.35f, baseline)));
                        x += w + line.size() * 0.35f;
                    }
                    if (!line.text().isEmpty()) {
                        texts.add(ink(line.text(), false, line.size(), x0 + line.indent(), baseline,
                                QuadrantStyle.MUTED_TEXT));
                    }
                }
                case NONE -> texts.add(ink(line.text(), false, line.size(), x0, baseline, QuadrantStyle.MUTED_TEXT));
                case MISSING -> {
                    fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, columnWidth, h),
                            ComparisonPalette.MISSING_FILL));
                    fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, bar, h), ComparisonPalette.GAP));
                    texts.add(ink(line.text(), false, line.size(), x0, baseline, ComparisonPalette.MISSING_TEXT));
                }
            }
        }

        /** The width the tags of an ITEMS line take before its text (zero on a TAGS line). */
        private float tagsWidth(ComparisonCells.Line line) {
            if (line.kind() == ComparisonCells.Kind.TAGS) {
                return 0;
            }
            float w = 0;
            for (int g : line.tags()) {
                w += content.tagWidth(g, line.size()) + line.size() * 0.35f;
            }
            return w;
        }
    }
}
