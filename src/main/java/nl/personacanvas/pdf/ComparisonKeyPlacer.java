package nl.personacanvas.pdf;

import java.util.List;

/**
 * Places the comparison's key after the last row: its heading and the marks sentence across the page, then its
 * elements in {@link ComparisonKey#COLUMNS} columns below the persona columns, continued on new pages (heading marked
 * as continued) where the page is full. On a fresh page at least one row goes in, so the key always makes progress.
 */
final class ComparisonKeyPlacer {
    private final ComparisonPageBuilder pages;
    private final ComparisonKey key;
    private final ComparisonText text;
    private final ComparisonSheet sheet;

    ComparisonKeyPlacer(ComparisonPageBuilder pages, ComparisonKey key, ComparisonText text, ComparisonSheet sheet) {
        this.pages = pages;
        this.key = key;
        this.text = text;
        this.sheet = sheet;
    }

    /** The key set at {@code keySize}, its heading at {@code headingSize} (the quadrant bands' size). */
    void place(float keySize, float headingSize) {
        float s = sheet.s;
        float gutter = ComparisonSheet.GUTTER * s;
        float left = sheet.left();
        float width = sheet.width();
        float w = (width - (ComparisonKey.COLUMNS - 1) * gutter) / ComparisonKey.COLUMNS;
        List<List<String>> rows = key.rows();
        int r = 0;
        while (true) {
            String title = key.heading(r > 0);
            float head = text.height(title, true, headingSize, width) + text.height(key.marks(), false, keySize,
                    width) + 2 * s;
            if (pages.pageHasRows()
                    && pages.y() - head - (r < rows.size() ? key.rowHeight(text, r, keySize, w) : 0) < sheet.bottom()) {
                pages.newPage();
            }
            pages.endColumnsAbove(pages.y());
            float y = pages.block(title, true, headingSize, left, width, pages.y(), QuadrantStyle.TEXT);
            y = pages.block(key.marks(), false, keySize, left, width, y, QuadrantStyle.TEXT) - 2 * s;
            float top = y;
            for (boolean first = true; r < rows.size()
                    && (first || y - key.rowHeight(text, r, keySize, w) >= sheet.bottom()); first = false, r++) {
                float lowest = y;
                for (int k = 0; k < rows.get(r).size(); k++) {
                    lowest = Math.min(lowest, pages.block(rows.get(r).get(k), false, keySize, left + k * (w + gutter),
                            w, y, QuadrantStyle.MUTED_TEXT));
                }
                y = lowest;
            }
            pages.moveTo(y);
            for (int k = 0; k < ComparisonKey.COLUMNS; k++) {
                pages.placed(new Box(left + k * (w + gutter), y, w, top - y));
            }
            if (r >= rows.size()) {
                return;
            }
            pages.newPage();
        }
    }
}
