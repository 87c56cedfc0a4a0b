package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.personacanvas.model.Quadrant;

/**
 * The bullet entries of the four quadrants as wrapped lines, and the font size they are set at: the
 * largest size, from a generous wall-poster size down to the legible minimum, at which every quadrant
 * fits its box.
 * When even the minimum does not fit, the entries that do not fit are left for continuation pages; an
 * entry stays whole on one page unless it alone is taller than a page's quadrant.
 */
final class EntryFlow {
    static final float LEADING = 1.28f;
    static final float ENTRY_GAP = 0.45f;
    static final float BULLET_INDENT = 0.95f;
    private static final float STEP = 0.5f;
    /**
     * Heights are sums of floats added in different orders (a row's need, a box's height from the page's edges): a
     * quadrant given exactly what its entries need must hold them, or its last note waits for the next page.
     */
    static final float TOLERANCE = 0.05f;

    /** One wrapped line of {@code entry}. */
    record Line(String text, boolean rightToLeft, boolean entryStart, String entry) {
    }

    private final float size;
    private final Map<Quadrant, List<Line>> remaining;

    private EntryFlow(float size, Map<Quadrant, List<Line>> lines) {
        this.size = size;
        this.remaining = lines;
    }

    /**
     * Sets the entries as large as possible between {@code maxSize} and {@code minSize} (in steps of half
     * a point times the paper scale) so each quadrant's lines fit its box ({@code boxHeights} in
     * {@link Quadrant} order); the text column is {@code boxWidth} wide including the bullet indent. Whether
     * a size fits only gets likelier as the size shrinks, so the largest fitting step is found by bisection.
     */
    static EntryFlow fit(Typesetter type, Map<Quadrant, List<String>> entries, float boxWidth, float[] boxHeights,
                         float maxSize, float minSize, float scale) {
        return largest(type, entries, boxWidth, maxSize, minSize, scale, flow -> flow.fits(boxHeights));
    }

    /**
     * The largest size at which the two rows of the grid together hold their entries when the rows may share
     * {@code rowsHeight} (the text height of both rows) unevenly: each row needs the height of its fuller quadrant.
     * When not even the minimum fits, the flow at the minimum.
     */
    static EntryFlow fitRows(Typesetter type, Map<Quadrant, List<String>> entries, float boxWidth, float rowsHeight,
                             float maxSize, float minSize, float scale) {
        return largest(type, entries, boxWidth, maxSize, minSize, scale,
                flow -> flow.rowNeed(0) + flow.rowNeed(1) <= rowsHeight);
    }

    private static EntryFlow largest(Typesetter type, Map<Quadrant, List<String>> entries, float boxWidth,
                                     float maxSize, float minSize, float scale, Predicate<EntryFlow> fits) {
        float step = STEP * scale;
        int steps = Math.max(0, Math.round((maxSize - minSize) / step));
        EntryFlow smallest = new EntryFlow(minSize, wrapAll(type, entries, boxWidth, minSize));
        if (!fits.test(smallest)) {
            return smallest;
        }
        EntryFlow best = smallest;
        int low = 1;
        int high = steps;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float size = minSize + mid * step;
            EntryFlow trial = new EntryFlow(size, wrapAll(type, entries, boxWidth, size));
            if (fits.test(trial)) {
                best = trial;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    /** Whether every quadrant's remaining lines fit its box ({@code boxHeights} in {@link Quadrant} order). */
    boolean fits(float[] boxHeights) {
        Quadrant[] order = Quadrant.values();
        for (int i = 0; i < order.length; i++) {
            List<Line> lines = remaining.get(order[i]);
            if (height(lines, lines.size(), size) > boxHeights[i] + TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** The height the fuller quadrant of grid row {@code row} (0: the top two quadrants) needs for its lines. */
    float rowNeed(int row) {
        Quadrant[] order = Quadrant.values();
        float need = 0;
        for (int i = 2 * row; i < 2 * row + 2; i++) {
            List<Line> lines = remaining.get(order[i]);
            need = Math.max(need, height(lines, lines.size(), size));
        }
        return need;
    }

    float size() {
        return size;
    }

    float leading() {
        return size * LEADING;
    }

    boolean hasMore() {
        return remaining.values().stream().anyMatch(l -> !l.isEmpty());
    }

    /**
     * Removes and returns the whole entries of {@code quadrant} that fit {@code boxHeight}. When not even
     * the next entry fits: with {@code mayDefer} (the first page, or a panel below another on a continuation
     * page: a later page gives it more room) nothing is taken; otherwise the entry is taller than any page's
     * column and is broken by line, at least one, so a continuation always makes progress. Such an entry is
     * added to {@code broken}.
     */
    List<Line> take(Quadrant quadrant, float boxHeight, boolean mayDefer, List<String> broken) {
        List<Line> lines = remaining.get(quadrant);
        int n = 0;
        while (n < lines.size() && height(lines, n + 1, size) <= boxHeight + TOLERANCE) {
            n++;
        }
        if (n < lines.size()) {
            int lastStart = n;
            while (lastStart > 0 && !lines.get(lastStart).entryStart()) {
                lastStart--;
            }
            if (lastStart > 0) {
                n = lastStart;
            } else if (mayDefer) {
                n = 0;
            } else {
                n = Math.max(1, n);
                broken.add(lines.get(0).entry());
            }
        }
        List<Line> taken = List.copyOf(lines.subList(0, n));
        remaining.put(quadrant, new ArrayList<>(lines.subList(n, lines.size())));
        return taken;
    }

    /** Whether {@code quadrant} has entries (or the rest of one) still to print. */
    boolean hasMore(Quadrant quadrant) {
        return !remaining.get(quadrant).isEmpty();
    }

    /**
     * The height of the tallest of the next {@code count} entries of {@code quadrant} still to print (the rest of a
     * broken one counting as an entry); 0 when there is none.
     */
    float tallestOfNext(Quadrant quadrant, int count) {
        List<Line> lines = remaining.get(quadrant);
        float tallest = 0;
        int start = 0;
        for (int i = 0; i < count && start < lines.size(); i++) {
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).entryStart()) {
                end++;
            }
            tallest = Math.max(tallest, height(lines.subList(start, end), end - start, size));
            start = end;
        }
        return tallest;
    }

    /** How tall two columns must be to hold all that is left of {@code quadrant}, filled as {@link EntryColumns} does. */
    float columnsNeed(Quadrant quadrant) {
        return EntryColumns.need(remaining.get(quadrant), size);
    }

    /**
     * Removes and returns what the first of two columns of {@code height} shows of {@code quadrant}: whole entries,
     * and the start of one whose rest then opens the second column (see {@link EntryColumns#firstColumn}); when not
     * even the next entry fits, as {@link #take}.
     */
    List<Line> takeFirstColumn(Quadrant quadrant, float height, boolean mayDefer, List<String> broken) {
        List<Line> lines = remaining.get(quadrant);
        int n = EntryColumns.firstColumn(lines, height, size);
        if (n == 0) {
            return take(quadrant, height, mayDefer, broken);
        }
        List<Line> taken = List.copyOf(lines.subList(0, n));
        remaining.put(quadrant, new ArrayList<>(lines.subList(n, lines.size())));
        return taken;
    }

    /** Height of the first {@code count} lines, with a little air between entries. */
    static float height(List<Line> lines, int count, float size) {
        float h = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0 && lines.get(i).entryStart()) {
                h += size * ENTRY_GAP;
            }
            h += size * LEADING;
        }
        return h;
    }

    private static Map<Quadrant, List<Line>> wrapAll(Typesetter type, Map<Quadrant, List<String>> entries,
                                                     float boxWidth, float size) {
        float textWidth = boxWidth - size * BULLET_INDENT;
        Map<Quadrant, List<Line>> result = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            List<Line> lines = new ArrayList<>();
            for (String entry : entries.getOrDefault(q, List.of())) {
                lines.addAll(wrapEntry(type, entry, textWidth, size));
            }
            result.put(q, lines);
        }
        return result;
    }

    /** One bullet entry as wrapped lines (its paragraphs one after the other), the first marked as its start. */
    static List<Line> wrapEntry(Typesetter type, String entry, float textWidth, float size) {
        List<Line> lines = new ArrayList<>();
        boolean first = true;
        for (String paragraph : TextCleaner.paragraphs(entry)) {
            boolean rtl = BidiShaper.isRightToLeft(paragraph);
            for (String text : type.wrap(paragraph, false, size, textWidth)) {
                lines.add(new Line(text, rtl, first, entry));
                first = false;
            }
        }
        return lines;
    }
}
