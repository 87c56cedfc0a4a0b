package nl.personacanvas.pdf;

import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Quadrant;

/**
 * Shares a poster's grid height between its two rows by need. One crowded quadrant would otherwise go on to a
 * page of its own beside three near-empty ones (session 16's review: fourteen notes in Uitvoeren & Begeleiden,
 * one each in two others, page 2 almost blank): its row takes the room the other row does not need. Kept apart
 * from {@link PosterLayout}, which places the page, because this only decides how tall each row is.
 */
final class CrowdedRows {
    private CrowdedRows() {
    }

    /**
     * How much taller the top row of the grid should be than in an even grid (negative: shorter), for entries that
     * do not fit the even grid even at the minimum size. The rows share their text height by need at the largest
     * size at which both rows together hold everything, the room to spare split evenly; when nothing fits even
     * then, the less crowded row keeps just what it needs and the other gets the rest.
     */
    static float topRowShift(Typesetter type, Map<Quadrant, List<String>> entries, float boxWidth, float[] heights,
                             float maxSize, float minSize, float scale) {
        float top = Math.min(heights[0], heights[1]);
        float bottom = Math.min(heights[2], heights[3]);
        EntryFlow rows = EntryFlow.fitRows(type, entries, boxWidth, top + bottom, maxSize, minSize, scale);
        float needTop = rows.rowNeed(0);
        float needBottom = rows.rowNeed(1);
        float spare = top + bottom - needTop - needBottom;
        if (spare >= 0) {
            return needTop + spare / 2 - top;
        }
        if (needBottom < bottom) {
            return bottom - needBottom;
        }
        return needTop < top ? needTop - top : 0;
    }
}
