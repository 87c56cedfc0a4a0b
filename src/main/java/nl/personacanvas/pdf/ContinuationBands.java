package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.personacanvas.model.Quadrant;

/**
 * Decides which quadrants a continuation page of a poster shows and how tall each one's panel is. A continuation
 * page kept the first page's 2×2 grid, so the quadrant that overflowed ran on in its quarter of the page beside
 * three empty panels (session 26's leftover). Now the quadrants with entries left follow one another down the
 * continuation pages in the canvas's order, each in a panel across the whole width with its entries in two columns
 * (the first page's columns, so every line keeps its wrapping): a quadrant's rest reads as one list, and a page is
 * full before the next begins. Kept apart from {@link PosterPageBuilder}, which places and fills the panels.
 */
final class ContinuationBands {
    /** Entries per band are set in this many columns, the first page's two. */
    static final int COLUMNS = 2;
    /**
     * A panel below another shows at least this many entries (or all it has left), one in each column: one short
     * note under a heading at the foot of a page, its quadrant going on overleaf, read as a sliver.
     */
    private static final int LEAST_ENTRIES = 2;
    /** … and at least this many lines. */
    private static final int LEAST_LINES = 3;

    /**
     * One quadrant's panel on a continuation page.
     *
     * @param textHeight the height of its text columns: as even as the two columns can be when all it has left
     *                   fits, so a short rest stands at the top of both columns rather than down one
     * @param firstOnPage the page's first panel, with the whole page's height: an entry taller than its column is
     *                    broken, since no page gives it more room
     * @param complete    it holds all its quadrant has left, in whole entries; otherwise it fills the rest of the page
     *                    and a note may go on from the first column at the top of the second ({@link EntryColumns})
     */
    record Band(Quadrant quadrant, float textHeight, boolean firstOnPage, boolean complete) {
    }

    private ContinuationBands() {
    }

    /**
     * The bands of a continuation page whose panels share {@code height} with {@code gap} between them; {@code
     * overhead} is a panel's height apart from its text columns (padding and heading). A quadrant whose next two
     * entries (one per column, and a few lines) no longer fit under the panels above goes to the next page whole,
     * heading and all, so no page ends in a heading alone or a sliver.
     */
    static List<Band> plan(EntryFlow flow, float height, float gap, Function<Quadrant, Float> overhead) {
        List<Band> bands = new ArrayList<>();
        float room = height;
        for (Quadrant q : Quadrant.values()) {
            if (!flow.hasMore(q)) {
                continue;
            }
            float text = room - overhead.apply(q) - (bands.isEmpty() ? 0 : gap);
            float need = flow.columnsNeed(q);
            float least = Math.min(need, Math.max(flow.tallestOfNext(q, LEAST_ENTRIES), LEAST_LINES * flow.leading()));
            if (!bands.isEmpty() && text < least) {
                break;
            }
            bands.add(new Band(q, Math.min(need, text), bands.isEmpty(), need <= text));
            if (need > text) {
                break;
            }
            room -= (bands.size() > 1 ? gap : 0) + overhead.apply(q) + need;
        }
        return bands;
    }
}
