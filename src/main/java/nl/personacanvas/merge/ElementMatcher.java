package nl.personacanvas.merge;

import java.util.List;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;

/**
 * Finds the matrix elements and attitudes an entry addresses by its wording, beyond the links a person set.
 * The checker ({@code nl.personacanvas.check}) provides the real one; {@link #LINKS_ONLY} compares on links
 * alone, for where no checker is at hand.
 */
@FunctionalInterface
public interface ElementMatcher {

    ElementMatcher LINKS_ONLY = (entry, quadrant, matrixActivityId) -> List.of();

    /**
     * @param matrixActivityId the matrix activity (A1..A5) of the entry's persona, null for a school's own activity
     * @return ids of matrix elements or attitudes
     */
    List<String> matches(Entry entry, Quadrant quadrant, String matrixActivityId);
}
