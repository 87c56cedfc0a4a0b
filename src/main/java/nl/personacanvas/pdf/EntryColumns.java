package nl.personacanvas.pdf;

import java.util.List;

/**
 * How a quadrant's entries fill the two columns of a continuation page's panel (see {@link ContinuationBands}). The
 * second column takes whole entries, as every quadrant does, so a note never runs on to the next page. Where the
 * panel fills the rest of the page, the first column may end inside an entry whose rest opens the second column: the
 * note stays on its page, read on at the top of the next column as in a newspaper, and the first column is not left
 * with a gap at its foot as tall as the long note that did not fit (session 27: with whole entries only, the first
 * column of a page of long notes ended a quarter empty).
 */
final class EntryColumns {
    /** A note broken between the columns keeps at least this many lines on each side. */
    private static final int LEAST_LINES = 2;

    private EntryColumns() {
    }

    /**
     * How many of {@code lines} the first column of {@code height} shows: as many as fit, ending inside an entry only
     * when at least two of its lines stand on each side and its rest fits the second column on its own; otherwise at
     * the last whole entry (0 when even the first does not fit).
     */
    static int firstColumn(List<EntryFlow.Line> lines, float height, float size) {
        int n = fitting(lines, height, size);
        if (n == lines.size() || lines.get(n).entryStart()) {
            return n;
        }
        int start = n;
        while (start > 0 && !lines.get(start).entryStart()) {
            start--;
        }
        int end = n;
        while (end < lines.size() && !lines.get(end).entryStart()) {
            end++;
        }
        n = Math.min(n, end - LEAST_LINES);
        boolean restFits = EntryFlow.height(lines.subList(n, end), end - n, size) <= height + EntryFlow.TOLERANCE;
        return n - start >= LEAST_LINES && restFits ? n : start;
    }

    /** How many of {@code lines} a column of {@code height} shows in whole entries (0 when the first does not fit). */
    static int wholeEntries(List<EntryFlow.Line> lines, float height, float size) {
        int n = fitting(lines, height, size);
        if (n < lines.size()) {
            while (n > 0 && !lines.get(n).entryStart()) {
                n--;
            }
        }
        return n;
    }

    /**
     * The least height at which two columns of whole entries hold all of {@code lines}: the columns as even as the
     * entries allow, so a short rest stands at the top of both rather than down one, and a note is broken between
     * the columns only where a page is full. Found by bisection (a greater height never holds less).
     */
    static float need(List<EntryFlow.Line> lines, float size) {
        float high = EntryFlow.height(lines, lines.size(), size);
        float low = 0;
        for (int i = 0; i < 24 && high - low > 0.1f; i++) {
            float mid = (low + high) / 2;
            if (holdsAll(lines, mid, size)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean holdsAll(List<EntryFlow.Line> lines, float height, float size) {
        int first = wholeEntries(lines, height, size);
        List<EntryFlow.Line> rest = lines.subList(first, lines.size());
        return first + wholeEntries(rest, height, size) == lines.size();
    }

    private static int fitting(List<EntryFlow.Line> lines, float height, float size) {
        int n = 0;
        while (n < lines.size() && EntryFlow.height(lines, n + 1, size) <= height + EntryFlow.TOLERANCE) {
            n++;
        }
        return n;
    }
}
