package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Quadrant;

/**
 * The comparison's pages at one entry size: each headed by the title, the legend and the persona columns' heads,
 * the quadrant rows placed down the columns (a row continued on the next page where it does not fit, its band
 * repeated), then the key ({@link ComparisonKeyPlacer}), and every page numbered. Keeps the page being filled and the
 * height reached on it.
 */
final class ComparisonPageBuilder {
    private static final float TITLE = 12;
    private static final float LEADING = EntryFlow.LEADING;

    private final PdfMessages messages;
    private final ComparisonSheet sheet;
    private final float s;
    private final PersonaComparison comparison;
    private final float size;
    private final boolean withKey;
    private final int n;
    private final float columnWidth;
    private final ComparisonCells content;
    private final ComparisonCellPainter painter;
    private final ComparisonKey key;
    private final ComparisonText text;
    private final List<ComparisonPage> pages = new ArrayList<>();
    private List<ComparisonPage.Fill> fills;
    private List<ComparisonPage.Tag> tags;
    private List<ComparisonPage.Ink> texts;
    private List<Box> keyBoxes;
    private float y;
    private float columnsTop;
    private float columnsBottom;
    private boolean pageHasRows;

    ComparisonPageBuilder(Typesetter type, PdfMessages messages, ComparisonSheet sheet, PersonaComparison comparison,
                          float size, boolean withKey) {
        this.messages = messages;
        this.sheet = sheet;
        this.s = sheet.s;
        this.comparison = comparison;
        this.size = size;
        this.withKey = withKey;
        this.n = comparison.personas().size();
        this.columnWidth = (sheet.width() - (n - 1) * ComparisonSheet.GUTTER * s) / n;
        float bar = 2.5f * s;
        float pad = 3 * s;
        this.content = new ComparisonCells(type, messages, comparison, size, columnWidth - bar - 2 * pad);
        this.painter = new ComparisonCellPainter(type, content, columnWidth, bar, pad);
        this.key = new ComparisonKey(messages, comparison);
        this.text = new ComparisonText(type);
    }

    List<ComparisonPage> build() {
        newPage();
        for (PersonaComparison.QuadrantRow row : comparison.rows()) {
            quadrant(row);
        }
        if (withKey) {
            new ComparisonKeyPlacer(this, key, text, sheet).place(size * 0.85f, bandSize());
        }
        finishPage();
        List<ComparisonPage> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            numbered.add(text.numbered(pages.get(i), messages.get("compare.page", i + 1, pages.size()),
                    ComparisonSheet.NOTE * s, sheet.left() + sheet.width(), sheet.numberBaseline()));
        }
        return numbered;
    }

    /** The height reached on the page being filled. */
    float y() {
        return y;
    }

    void moveTo(float y) {
        this.y = y;
    }

    /** Whether the page being filled has anything below its head yet (a fresh page takes at least one line). */
    boolean pageHasRows() {
        return pageHasRows;
    }

    /** What follows the rows starts at {@code y}: the persona columns' outlines end above it. */
    void endColumnsAbove(float y) {
        columnsBottom = Math.min(y + 2 * s, columnsTop);
    }

    /** Placed below the rows: the page has content now. */
    void placed(Box keyColumn) {
        keyBoxes.add(keyColumn);
        pageHasRows = true;
    }

    /** Wrapped lines from {@code top} down on the page being filled; returns the new top. */
    float block(String line, boolean bold, float fontSize, float x, float w, float top, Color colour) {
        return text.block(texts, line, bold, fontSize, x, w, top, colour);
    }

    private float columnX(int column) {
        return sheet.left() + column * (columnWidth + ComparisonSheet.GUTTER * s);
    }

    void newPage() {
        if (texts != null) {
            finishPage();
        }
        fills = new ArrayList<>();
        tags = new ArrayList<>();
        texts = new ArrayList<>();
        keyBoxes = new ArrayList<>();
        pageHasRows = false;
        columnsBottom = sheet.bottom();
        y = sheet.top();
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
        y = block(title, true, TITLE * s, sheet.left(), sheet.width(), y, QuadrantStyle.TEXT);
        y = block(messages.get("compare.legend"), false, ComparisonSheet.NOTE * s, sheet.left(), sheet.width(), y,
                QuadrantStyle.MUTED_TEXT);
        y -= 4 * s;
        float lowest = y;
        for (int i = 0; i < n; i++) {
            ComparedPersona p = comparison.personas().get(i);
            float x = columnX(i);
            float cy = text.name(texts, p.persona().name(), size * 1.2f, x, columnWidth, y, QuadrantStyle.TEXT);
            if (p.activity() != null) {
                cy = block(ActivityNames.title(p.activity(), messages), false, size * 0.85f, x, columnWidth, cy, QuadrantStyle.MUTED_TEXT);
            }
            if (!oneSource && !p.source().isBlank()) {
                cy = block(messages.get("compare.source", p.source()), false, size * 0.8f, x, columnWidth, cy,
                        QuadrantStyle.MUTED_TEXT);
            }
            lowest = Math.min(lowest, cy);
        }
        y = lowest - 2 * s;
        fills.add(new ComparisonPage.Fill(new Box(sheet.left(), y - 0.8f * s, sheet.width(), 0.8f * s),
                QuadrantStyle.RULE));
        y -= 5 * s;
        columnsTop = y;
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
            float first = Float.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (next[i] < cells.get(i).size()) {
                    first = Math.min(first, unitHeight(cells.get(i), next[i]));
                }
            }
            // A band is never left alone at the foot of a page.
            if (pageHasRows && y - bandHeight() - first < sheet.bottom()) {
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
                    // An entry with its tags goes to the next page whole (session 27: one line and the tags of a note
                    // stood at the top of the next page); only one taller than a fresh page is broken by line.
                    float unit = unitHeight(lines, k) + (atTop ? 0 : lines.get(k).gapBefore());
                    if (!(fresh && atTop) && unitStart(lines.get(k)) && cursor - unit < sheet.bottom()) {
                        break;
                    }
                    float h = lines.get(k).height(atTop);
                    // On a fresh page at least one line goes in, so a continuation always makes progress.
                    if (cursor - h < sheet.bottom() && !(fresh && atTop)) {
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

    /** Whether {@code line} begins what is read as one: an entry (its lines, tags and ids), "(niets)", the red note. */
    private static boolean unitStart(ComparisonCells.Line line) {
        return line.bullet() || line.kind() == ComparisonCells.Kind.NONE
                || line.kind() == ComparisonCells.Kind.MISSING && line.gapBefore() > 0;
    }

    /** The height of the unit that starts (or goes on) at line {@code from}, set at the top of a cell. */
    private static float unitHeight(List<ComparisonCells.Line> lines, int from) {
        float h = lines.get(from).height(true);
        for (int k = from + 1; k < lines.size() && !unitStart(lines.get(k)); k++) {
            h += lines.get(k).height(false);
        }
        return h;
    }

    private void band(Quadrant quadrant, boolean continued) {
        float h = bandHeight();
        fills.add(new ComparisonPage.Fill(new Box(sheet.left(), y - h, sheet.width(), h), QuadrantStyle.fill(quadrant)));
        String title = messages.quadrant(quadrant);
        if (continued) {
            title = messages.get("compare.continued", title);
        }
        block(title, true, bandSize(), sheet.left() + 4 * s, sheet.width() - 8 * s, y - 1.5f * s, QuadrantStyle.TEXT);
        y -= h + 3 * s;
    }
}
