package nl.personacanvas.ui.check;

import java.util.List;
import nl.personacanvas.model.Quadrant;

/**
 * One bar of the check panel: how much of the matrix a quadrant covers.
 *
 * @param quadrant the quadrant
 * @param fraction 0..1 for the progress bar
 * @param figure   the figure beside the bar ("3 van 5")
 * @param missing  the matrix's verbatim wording of what is still missing
 */
public record CoverageRow(Quadrant quadrant, double fraction, String figure, List<String> missing) {

    public CoverageRow {
        missing = List.copyOf(missing);
    }
}
