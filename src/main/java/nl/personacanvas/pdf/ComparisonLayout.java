package nl.personacanvas.pdf;

import java.util.List;
import nl.personacanvas.merge.PersonaComparison;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out the side-by-side comparison on A3 landscape: one column per persona, the quadrants as rows
 * across all columns so the same quadrant of every persona starts at the same height. Entries are wrapped
 * with the posters' line breaking and set as large as possible down to a legible minimum at which all fits
 * one page; below that the rows continue on further pages (column heads and the quadrant band repeated),
 * each column where it left off. Nothing is placed outside its column. This class chooses the entry size; the
 * pages at one size are {@link ComparisonPageBuilder}'s, the key after the rows {@link ComparisonKeyPlacer}'s.
 */
final class ComparisonLayout {
    static final float MAX_SIZE = 11f;
    static final float MIN_SIZE = 6.5f;
    private static final float STEP = 0.5f;

    private final Typesetter type;
    private final PdfMessages messages;
    private final ComparisonSheet sheet = new ComparisonSheet();

    ComparisonLayout(Typesetter type, PdfMessages messages) {
        this.type = type;
        this.messages = messages;
    }

    static PDRectangle pageSize() {
        return ComparisonSheet.pageSize();
    }

    /**
     * The pages at the largest entry size (half-point steps) at which the rows fit one page, or at the minimum; the
     * key follows the rows, on a page of its own when the last has no room: entries are not shrunk for it.
     */
    List<ComparisonPage> layout(PersonaComparison comparison) {
        float s = sheet.s;
        float step = STEP * s;
        float min = MIN_SIZE * s;
        float best = min;
        // Fitting only gets likelier as the size shrinks, so the largest fitting step is found by bisection.
        int low = 1;
        int high = pages(comparison, min, false).size() > 1 ? 0 : Math.round((MAX_SIZE * s - min) / step);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (pages(comparison, min + mid * step, false).size() == 1) {
                best = min + mid * step;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return pages(comparison, best, true);
    }

    private List<ComparisonPage> pages(PersonaComparison comparison, float size, boolean withKey) {
        return new ComparisonPageBuilder(type, messages, sheet, comparison, size, withKey).build();
    }
}
